package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.security.AuthorityService;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import vn.vanthu.register.FollowUpProgress;
import vn.vanthu.register.RegisterEntry;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterLanguage;
import vn.vanthu.register.RegisterPeriod;
import vn.vanthu.register.RegisterWriter;
import vn.vanthu.repo.registers.RegisterQuery;

/**
 * GET /vanthu/registers/{register}?year=2023 (or from=2023-01-01&amp;to=2023-06-30)
 * &amp;format=xlsx|csv&amp;lang=vi-en|vi|en: the incoming, outgoing or follow-up register as a file
 * to print. Only for the records group and administrators: registers list every document.
 */
public class RegisterGet extends AbstractWebScript {

    static final Map<String, RegisterKind> REGISTERS = Map.of(
            "incoming", RegisterKind.INCOMING,
            "outgoing", RegisterKind.OUTGOING,
            "follow-up", RegisterKind.INCOMING_FOLLOW_UP);
    static final Map<RegisterKind, String> FILE_NAMES = Map.of(
            RegisterKind.INCOMING, "so-van-ban-den",
            RegisterKind.OUTGOING, "so-van-ban-di",
            RegisterKind.INCOMING_FOLLOW_UP, "so-theo-doi-giai-quyet-van-ban-den");

    private AuthorityService authorityService;
    private RegisterQuery registerQuery;
    private String recordsGroup = "GROUP_VANTHU_RECORDS";
    private String organName;
    private final RegisterWriter writer = new RegisterWriter();
    /** "Today" for the follow-up register's progress column: the day in Vietnam the register is printed. */
    private Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setRegisterQuery(RegisterQuery registerQuery) {
        this.registerQuery = registerQuery;
    }

    public void setRecordsGroup(String recordsGroup) {
        this.recordsGroup = recordsGroup;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setOrganName(String organName) {
        this.organName = organName == null || organName.isBlank() ? null : organName.strip();
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String user = AuthenticationUtil.getRunAsUser();
        if (user == null || !(authorityService.isAdminAuthority(user)
                || authorityService.getAuthoritiesForUser(user).contains(recordsGroup))) {
            throw new WebScriptException(Status.STATUS_FORBIDDEN, "Registers are for the records office ("
                    + recordsGroup + ") and administrators / Sổ đăng ký chỉ dành cho văn thư (" + recordsGroup
                    + ") và quản trị viên");
        }
        String name = req.getServiceMatch().getTemplateVars().get("register");
        RegisterKind kind = REGISTERS.get(name);
        if (kind == null) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "No register [" + name
                    + "]: use incoming, outgoing or follow-up / Không có sổ [" + name + "]: dùng incoming, outgoing hoặc follow-up");
        }
        RegisterPeriod period = period(req);
        RegisterLanguage language;
        try {
            language = RegisterLanguage.parse(req.getParameter("lang"));
        } catch (IllegalArgumentException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
        String format = req.getFormat() == null || req.getFormat().isBlank() ? "xlsx" : req.getFormat();
        if (!Set.of("xlsx", "csv").contains(format)) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST,
                    "format must be xlsx or csv / format phải là xlsx hoặc csv: " + format);
        }
        List<RegisterEntry> entries = registerQuery.entries(kind, period);
        if (kind == RegisterKind.INCOMING_FOLLOW_UP) {
            new FollowUpProgress(LocalDate.now(clock)).fill(entries, language);
        }
        String file = FILE_NAMES.get(kind) + "-" + period.from() + (period.from().equals(period.to()) ? "" : "_" + period.to());
        res.setHeader("Content-Disposition", "attachment; filename=\"" + file + "." + format + "\"");
        if (format.equals("csv")) {
            res.setContentType(MimetypeMap.MIMETYPE_TEXT_CSV + ";charset=UTF-8");
            writer.writeCsv(kind, period, entries, language, res.getOutputStream());
        } else {
            res.setContentType(MimetypeMap.MIMETYPE_OPENXML_SPREADSHEET);
            writer.writeXlsx(kind, period, entries, organName, language, res.getOutputStream());
        }
    }

    /** year=2023, or from=2023-01-01 and to=2023-06-30 (ISO dates); the current year when none. */
    static RegisterPeriod period(WebScriptRequest req) {
        String year = req.getParameter("year");
        String from = req.getParameter("from");
        String to = req.getParameter("to");
        try {
            if (from != null || to != null) {
                if (from == null || to == null) {
                    throw new IllegalArgumentException("give both from and to / cần cả from và to");
                }
                return new RegisterPeriod(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()));
            }
            if (year != null) {
                return RegisterPeriod.ofYear(Integer.parseInt(year.strip()));
            }
            return RegisterPeriod.ofYear(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST,
                    "year must be like 2023 and from/to like 2023-01-31 / year dạng 2023, from/to dạng 2023-01-31: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage());
        }
    }
}
