package vn.vanthu.repo.edxml;

/** File names the repository accepts (cm:name refuses * " < > \ / ? : | and a trailing dot). */
final class FileNames {

    private FileNames() {
    }

    static String safe(String name) {
        String cleaned = name.replaceAll("[*\"<>\\\\/?:|\\p{Cntrl}]", "_").strip();
        while (cleaned.endsWith(".")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned.isEmpty() ? "edxml" : cleaned;
    }
}
