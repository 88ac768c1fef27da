package org.springframework.extensions.webscripts;

/** Subset: the parsed web script descriptor (*.desc.xml). */
public interface Description extends BaseDescriptionDocument {

    /** Authentication a script requires. */
    enum RequiredAuthentication {
        none,
        guest,
        user,
        admin
    }

    /** Transaction a script requires. */
    enum RequiredTransaction {
        none,
        required,
        requiresnew
    }

    /** What a script's transaction may do (attribute allow of &lt;transaction&gt;). */
    enum TransactionCapability {
        readonly,
        readwrite
    }

    /** Status of a script (&lt;lifecycle&gt;). */
    enum Lifecycle {
        none,
        sample,
        draft,
        draft_public_api,
        public_api,
        deprecated,
        internal
    }

    /** Caching a script allows. */
    interface RequiredCache {
        boolean getNeverCache();

        boolean getIsPublic();

        boolean getMustRevalidate();
    }

    /** How the response format is chosen. */
    enum FormatStyle {
        any,
        extension,
        argument
    }

    String getKind();

    RequiredAuthentication getRequiredAuthentication();

    RequiredTransaction getRequiredTransaction();

    RequiredCache getRequiredCache();

    String getMethod();

    String[] getURIs();

    FormatStyle getFormatStyle();

    String getDefaultFormat();
}
