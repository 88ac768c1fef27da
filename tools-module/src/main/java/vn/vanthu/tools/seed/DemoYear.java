package vn.vanthu.tools.seed;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanthu.tools.seed.PlannedNode.Content;
import vn.vanthu.tools.seed.PlannedNode.Folder;

/**
 * The demo year of xã Phú Hồ (15/12/2022 - 06/12/2023) as nodes to create: 2,283 incoming documents
 * (all entered with a PDF), 640 outgoing documents (all transmitted, each with a signed PDF) and
 * 3,015 dossiers over the commune's four units, of which 1,514 handled electronically: 1,228 settled
 * early, 246 on time, 28 late, 12 in progress within the deadline (the Địa chính row made consistent:
 * 185 = 156 + 21 + 8). Deterministic: the same plan every run, so a run can resume by name.
 * Procedures are those of the shipped catalogue, but for one placeholder (DEMO.TK.01) where the
 * catalogue has none for the statistics office.
 */
public final class DemoYear {

    public static final int INCOMING = 2283;
    public static final int OUTGOING = 640;
    public static final int DOSSIERS = 3015;

    static final String ORGAN = "UBND xã Phú Hồ";
    static final String AGENCY_ID = "DEMO.PHUHO";
    private static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /**
     * A procedure of the shipped catalogue (vn/vanthu/dossier/procedures.csv): code, name, field, unit,
     * legal time in working days (0 = same working day, so a dossier received after 15:00 is due the
     * next working day) or, when {@code calendarDays}, in days.
     */
    record Procedure(String code, String name, String field, String unit, int days, boolean calendarDays) {

        LocalDate appointment(LocalDate received) {
            if (calendarDays) {
                LocalDate due = received.plusDays(days);
                return DemoCalendar.isWorkingDay(due) ? due : DemoCalendar.addWorkingDays(due, 1);
            }
            return DemoCalendar.addWorkingDays(received, Math.max(1, days));
        }

        /** Same-day procedures are received after the 15:00 cut-off, the others in the morning. */
        LocalTime receivedAt(int index) {
            return LocalTime.of(days == 0 && !calendarDays ? 15 : 8, 0).plusMinutes(10L * (index % 10));
        }
    }

    /** How many dossiers of a field: early, on time, late, in progress; electronic or not. */
    record Share(String field, int early, int onTime, int late, int open, boolean electronic) {
    }

    static final String JUSTICE = "Tư pháp - Hộ tịch";
    static final String CULTURE = "Văn hóa - xã hội";
    static final String LAND = "Địa chính-NN-XD&MT";
    static final String OFFICE = "Văn phòng - Thống kê";

    static final List<Procedure> PROCEDURES = List.of(
            new Procedure("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "Chứng thực", JUSTICE, 0, false),
            new Procedure("2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực", JUSTICE, 0, false),
            new Procedure("2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", "Chứng thực", JUSTICE, 2, false),
            new Procedure("1.001193", "Đăng ký khai sinh", "Hộ tịch", JUSTICE, 0, false),
            new Procedure("1.000894", "Đăng ký kết hôn", "Hộ tịch", JUSTICE, 0, false),
            new Procedure("1.000656", "Đăng ký khai tử", "Hộ tịch", JUSTICE, 0, false),
            new Procedure("1.004859", "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc", "Hộ tịch", JUSTICE, 3, false),
            new Procedure("1.001776", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", "Bảo trợ xã hội", CULTURE, 15, false),
            new Procedure("1.001731", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "Bảo trợ xã hội", CULTURE, 3, false),
            new Procedure("1.013967", "Giải quyết tranh chấp đất đai (hòa giải tại Ủy ban nhân dân cấp xã)", "Đất đai", LAND, 45, true),
            new Procedure("DEMO.TK.01", "Xác nhận số liệu thống kê (thủ tục mẫu, không có trong danh mục)", "Thống kê", OFFICE, 3, false));

    /** The dossiers of each field; the electronic rows reproduce the commune's published figures. */
    static final List<Share> SHARES = List.of(
            new Share("Chứng thực", 690, 109, 4, 1, true),
            new Share("Hộ tịch", 410, 65, 3, 1, true),
            new Share("Bảo trợ xã hội", 35, 8, 0, 2, true),
            new Share("Đất đai", 92, 64, 21, 8, true),
            new Share("Thống kê", 1, 0, 0, 0, true),
            new Share("Chứng thực", 900, 150, 0, 0, false),
            new Share("Hộ tịch", 200, 40, 0, 0, false),
            new Share("Bảo trợ xã hội", 80, 20, 1, 0, false),
            new Share("Đất đai", 60, 30, 9, 0, false),
            new Share("Thống kê", 11, 0, 0, 0, false));

    private static final String[][] DOCUMENT_TYPES = {
            {"Công văn", ""}, {"Quyết định", "QĐ"}, {"Kế hoạch", "KH"}, {"Thông báo", "TB"}, {"Công văn", ""},
            {"Báo cáo", "BC"}, {"Giấy mời", "GM"}, {"Công văn", ""}, {"Tờ trình", "TTr"}, {"Hướng dẫn", "HD"}};
    private static final String[] SUBJECTS = {
            "triển khai kế hoạch cải cách hành chính năm 2023", "tăng cường công tác chuyển đổi số",
            "tổ chức Ngày Pháp luật Việt Nam", "phòng, chống thiên tai và tìm kiếm cứu nạn",
            "rà soát hộ nghèo, hộ cận nghèo", "quản lý đất đai và trật tự xây dựng", "công tác tiếp công dân",
            "thực hiện chính sách bảo trợ xã hội", "tổ chức tiêm chủng mở rộng", "thu ngân sách nhà nước"};
    private static final String[] SENDERS = {"UBND huyện Phú Vang", "Phòng Nội vụ huyện Phú Vang",
            "Phòng Tư pháp huyện Phú Vang", "Phòng Tài nguyên và Môi trường huyện Phú Vang",
            "Sở Tư pháp tỉnh Thừa Thiên Huế"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hoa", "Văn Hùng",
            "Thị Lan", "Đức Long", "Thị Mai", "Văn Nam", "Thị Phương", "Hữu Tài"};

    private final List<LocalDate> workingDays = DemoCalendar.workingDays();

    private DemoYear() {
    }

    /** Every node of the demo year, folder by folder, in creation order. */
    public static List<PlannedNode> plan() {
        DemoYear year = new DemoYear();
        List<PlannedNode> nodes = new ArrayList<>(INCOMING + OUTGOING + DOSSIERS);
        year.incoming(nodes);
        year.outgoing(nodes);
        year.dossiers(nodes);
        return nodes;
    }

    private LocalDate spread(int index, int count, int lastDays) {
        int size = workingDays.size() - lastDays;
        return workingDays.get((int) ((long) index * size / count));
    }

    static String dateTime(LocalDate day, LocalTime time) {
        return DATE_TIME.format(day.atTime(time).atOffset(HANOI));
    }

    private void incoming(List<PlannedNode> nodes) {
        Map<Integer, Integer> arrivalNumbers = new HashMap<>();
        for (int i = 0; i < INCOMING; i++) {
            LocalDate day = spread(i, INCOMING, 0);
            int arrival = arrivalNumbers.merge(day.getYear(), 1, Integer::sum);
            String[] type = DOCUMENT_TYPES[i % DOCUMENT_TYPES.length];
            String sender = SENDERS[i % SENDERS.length];
            int number = 1 + (i * 7) % 400;
            String notation = type[1].isEmpty() ? number + "/UBND-VP" : pad(number) + "/" + type[1] + "-UBND";
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("vt:typeName", type[0]);
            properties.put("vt:codeNumber", number);
            properties.put("vt:codeNotation", notation);
            properties.put("vt:issuedDate", DemoCalendar.previousWorkingDay(day).toString());
            properties.put("vt:organName", sender);
            properties.put("vt:subject", "V/v " + SUBJECTS[i % SUBJECTS.length]);
            properties.put("vt:arrivalNumber", arrival);
            properties.put("vt:arrivalDate", dateTime(day, LocalTime.of(8, 0).plusMinutes(30L * (i % 16))));
            properties.put("vt:receivedElectronically", Boolean.TRUE);
            properties.put("vt:priority", "normal");
            String name = String.format("vb-den-%d-%04d.pdf", day.getYear(), arrival);
            nodes.add(new PlannedNode(Folder.INCOMING, name, "vt:incomingDocument", properties, Content.PDF,
                    sender + "\nSố: " + notation + "\n" + type[0] + "\nV/v " + SUBJECTS[i % SUBJECTS.length]));
        }
    }

    private void outgoing(List<PlannedNode> nodes) {
        Map<Integer, Integer> numbers = new HashMap<>();
        for (int i = 0; i < OUTGOING; i++) {
            LocalDate day = spread(i, OUTGOING, 0);
            int number = numbers.merge(day.getYear(), 1, Integer::sum);
            String[] type = DOCUMENT_TYPES[i % DOCUMENT_TYPES.length];
            String notation = type[1].isEmpty() ? pad(number) + "/UBND-VP" : pad(number) + "/" + type[1] + "-UBND";
            boolean chairman = i % 3 != 0;
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("vt:typeName", type[0]);
            properties.put("vt:codeNumber", number);
            properties.put("vt:codeNotation", notation);
            properties.put("vt:issuedDate", day.toString());
            properties.put("vt:organName", ORGAN);
            properties.put("vt:subject", "V/v " + SUBJECTS[(i * 3) % SUBJECTS.length]);
            properties.put("vt:signerPosition", chairman ? "Chủ tịch" : "Phó Chủ tịch");
            properties.put("vt:signerFullName", chairman ? "Nguyễn Văn An" : "Trần Thị Bình");
            properties.put("vt:recipients", List.of(SENDERS[i % SENDERS.length], "Lưu: VT"));
            properties.put("vt:issuedAmount", 3);
            properties.put("vt:priority", "normal");
            properties.put("vt:transmittedElectronically", Boolean.TRUE);
            properties.put("vt:transmittedAt", dateTime(day, LocalTime.of(16, 0)));
            String name = String.format("vb-di-%d-%04d.pdf", day.getYear(), number);
            nodes.add(new PlannedNode(Folder.OUTGOING, name, "vt:outgoingDocument", properties, Content.SIGNED_PDF,
                    "ỦY BAN NHÂN DÂN\nXÃ PHÚ HỒ\nSố: " + notation + "\n" + type[0] + "\nV/v "
                            + SUBJECTS[(i * 3) % SUBJECTS.length]));
        }
    }

    private void dossiers(List<PlannedNode> nodes) {
        Map<LocalDate, Integer> sequence = new HashMap<>();
        int index = 0;
        for (Share share : SHARES) {
            List<Procedure> procedures = PROCEDURES.stream().filter(p -> p.field().equals(share.field())).toList();
            int settled = share.early() + share.onTime() + share.late();
            for (int i = 0; i < settled + share.open(); i++, index++) {
                Procedure procedure = procedures.get(i % procedures.size());
                boolean open = i >= settled;
                LocalDate received = open ? DemoCalendar.TO : spread(i, settled, 40);
                LocalTime receivedTime = procedure.receivedAt(index);
                LocalDate appointment = procedure.appointment(received);
                Map<String, Object> properties = new LinkedHashMap<>();
                int seq = sequence.merge(received, 1, Integer::sum);
                String code = String.format("%s-%s-%04d", AGENCY_ID,
                        received.format(DateTimeFormatter.ofPattern("yyMMdd")), seq);
                properties.put("vt:dossierCode", code);
                properties.put("vt:procedureCode", procedure.code());
                properties.put("vt:procedureName", procedure.name());
                properties.put("vt:field", procedure.field());
                properties.put("vt:handlingUnit", procedure.unit());
                properties.put("vt:applicantName", FAMILY[index % FAMILY.length] + " " + GIVEN[(index / 8) % GIVEN.length]);
                properties.put("vt:channel", channel(index, share.electronic()));
                properties.put("vt:electronic", share.electronic());
                properties.put("vt:receivedAt", dateTime(received, receivedTime));
                properties.put("vt:appointmentAt", dateTime(appointment, LocalTime.of(17, 0)));
                if (open) {
                    properties.put("vt:dossierStatus", "4");
                } else {
                    String timeliness;
                    String finished;
                    if (i < share.early()) {
                        timeliness = "EARLY";
                        finished = dateTime(DemoCalendar.previousWorkingDay(appointment), LocalTime.of(16, 45));
                    } else if (i < share.early() + share.onTime()) {
                        timeliness = "ON_TIME";
                        finished = dateTime(appointment, LocalTime.of(10, 0));
                    } else {
                        timeliness = "LATE";
                        finished = dateTime(DemoCalendar.addWorkingDays(appointment, 1 + i % 2), LocalTime.of(9, 30));
                    }
                    properties.put("vt:dossierStatus", "10");
                    properties.put("vt:finishedAt", finished);
                    properties.put("vt:returnedAt", finished);
                    properties.put("vt:timeliness", timeliness);
                }
                nodes.add(new PlannedNode(Folder.DOSSIERS, code, "vt:dossier", properties, Content.NONE, null));
            }
        }
    }

    private static String channel(int index, boolean electronic) {
        if (electronic) {
            return index % 2 == 0 ? "ONLINE" : "IN_PERSON";
        }
        return index % 7 == 0 ? "POSTAL" : "IN_PERSON";
    }

    private static String pad(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
