package vn.vanthu.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of vanthu-tools.jar. Each subcommand is a {@link Command}; exit codes: 0 when the
 * command ran, 2 on a usage error, 1 when it failed.
 */
public final class Main {

    /** One subcommand of the tool. */
    public interface Command {
        /** A one-line usage text, in English and Vietnamese. */
        String usage();

        /** Runs the command; returns the process exit code. */
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    /** Thrown by a command when its arguments are wrong: exit code 2 with the message. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        // Subcommands register here, one line each.
        COMMANDS.put("verify", new VerifyCommand());
        COMMANDS.put("extract", new ExtractCommand());
        COMMANDS.put("workdays", new WorkdaysCommand());
        COMMANDS.put("due", new DueCommand());
        COMMANDS.put("seed-demo", new SeedDemoCommand());
        COMMANDS.put("edxml", new EdxmlCommand());
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool with the given arguments; used by main and by the tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            if (args.length > 0 && !"help".equals(args[0]) && !"--help".equals(args[0])) {
                err.println("Unknown command / Lệnh không tồn tại: " + args[0]);
            }
            err.println("Usage / Cách dùng: java -jar vanthu-tools.jar COMMAND [OPTIONS]");
            COMMANDS.forEach((name, command) -> err.println("  " + name + "  " + command.usage()));
            return args.length == 0 || !("help".equals(args[0]) || "--help".equals(args[0])) ? EXIT_USAGE : EXIT_OK;
        }
        Command command = COMMANDS.get(args[0]);
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Usage / Cách dùng: java -jar vanthu-tools.jar " + args[0] + " " + command.usage());
            return EXIT_USAGE;
        } catch (Exception e) {
            err.println(args[0] + ": " + e);
            return EXIT_FAILED;
        }
    }
}
