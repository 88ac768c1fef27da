package vn.vanthu.edxml;

import java.time.LocalDateTime;

/**
 * One TraceHeaderList/TraceHeader: an agency the package went through and when. Timestamps are
 * the local time of Vietnam (UTC+7) as the exchange axis writes them ({@code yyyy/MM/dd HH:mm:ss}).
 */
public record EdxmlTraceHeader(String organId, LocalDateTime timestamp) {
}
