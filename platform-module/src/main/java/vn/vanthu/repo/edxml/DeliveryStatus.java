package vn.vanthu.repo.edxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.vanthu.edxml.EdxmlOrgan;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlStatusCode;

/**
 * vt:edxmlDeliveryStatus: one line per agency, {@code "agency | code | time | name vi / name en"}
 * followed by {@code " | reason"} when the status carries one. The agency is its code on the
 * exchange axis (or its name when it has none): a new status of the same agency replaces its line,
 * so Share shows the latest status of each recipient.
 */
final class DeliveryStatus {

    static final String SEPARATOR = " | ";

    record Line(String agency, String text) {
    }

    private DeliveryStatus() {
    }

    static Line line(EdxmlStatus status) {
        String agency = agency(status.from());
        StringBuilder text = new StringBuilder(agency).append(SEPARATOR).append(status.statusCode().code())
                .append(SEPARATOR).append(status.timestamp() == null ? "" : status.timestamp().toString())
                .append(SEPARATOR).append(status.statusCode().vi()).append(" / ").append(status.statusCode().en());
        if (status.description() != null && !status.description().isBlank()) {
            text.append(SEPARATOR).append(status.description().strip().replace('\n', ' '));
        }
        return new Line(agency, text.toString());
    }

    /** A recipient that has not answered yet: {@code "agency | - | time sent | Đã gửi... / Sent..."}. */
    static String sent(String agency, java.time.LocalDateTime at) {
        return agency + SEPARATOR + "-" + SEPARATOR + at.withNano(0) + SEPARATOR
                + "Đã gửi, chưa có trạng thái / Sent, no status yet";
    }

    static String agency(EdxmlOrgan organ) {
        if (organ == null) {
            return "?";
        }
        if (organ.organId() != null && !organ.organId().isBlank()) {
            return organ.organId().strip();
        }
        return organ.organName() == null ? "?" : organ.organName().strip();
    }

    /** The last recorded status of the agency, if its line has one. */
    static Optional<EdxmlStatusCode> currentCode(List<String> lines, String agency) {
        for (String line : lines) {
            String[] parts = line.split(" \\| ", -1);
            if (parts.length > 1 && parts[0].equals(agency)) {
                return EdxmlStatusCode.fromCode(parts[1].strip());
            }
        }
        return Optional.empty();
    }

    /** The lines with the agency's line replaced (or added at the end). */
    static List<String> put(List<String> lines, Line line) {
        List<String> updated = new ArrayList<>();
        boolean replaced = false;
        for (String existing : lines) {
            if (existing.split(" \\| ", -1)[0].equals(line.agency())) {
                updated.add(line.text());
                replaced = true;
            } else {
                updated.add(existing);
            }
        }
        if (!replaced) {
            updated.add(line.text());
        }
        return updated;
    }
}
