package vn.vanthu.repo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    @Test
    void badValuesStopTheStartNamingTheProperty() {
        PortalSettings days = new PortalSettings();
        days.setHandlingDays(0);
        assertTrue(assertThrows(IllegalArgumentException.class, days::init).getMessage().contains("vanthu.feedback.handlingDays"));
        PortalSettings url = new PortalSettings();
        url.setPortalBaseUrl("javascript:alert(1)");
        assertTrue(assertThrows(IllegalArgumentException.class, url::init).getMessage().contains("vanthu.public.portalBaseUrl"));
        PortalSettings frames = new PortalSettings();
        frames.setFrameAncestors("* ; script-src *");
        assertTrue(assertThrows(IllegalArgumentException.class, frames::init).getMessage().contains("vanthu.public.frameAncestors"));
    }

    @Test
    void valuesAreNormalised() {
        PortalSettings s = new PortalSettings();
        s.setPortalBaseUrl("https://phuho.gov.vn/tra-cuu/ ");
        s.setTrustedProxies(" 10.0.0.2, ,10.0.0.3");
        s.setFrameAncestors("'self' https://phuho.gov.vn");
        s.init();
        assertEquals("https://phuho.gov.vn/tra-cuu", s.portalBaseUrl());
        assertEquals(Set.of("10.0.0.2", "10.0.0.3"), s.proxies());
        assertEquals("'self' https://phuho.gov.vn", s.frameAncestors());
        PortalSettings d = new PortalSettings();
        d.init();
        assertEquals("'none'", d.frameAncestors());
        assertEquals("Vanthu Feedback", d.feedbackFolder());
    }
}
