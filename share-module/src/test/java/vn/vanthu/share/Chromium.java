package vn.vanthu.share;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Headless Debian Chromium for the browser tests; the tests are skipped, loudly, where it is missing. */
final class Chromium
{
    private final String executable;
    private final Path workDir;

    private Chromium(String executable, Path workDir)
    {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** The installed Chromium (CHROMIUM, or chromium on the PATH); skips the calling test class without it. */
    static Chromium requireInstalled(Path workDir, String testName) throws IOException
    {
        String found = find();
        if (found == null)
        {
            System.err.println(testName + " SKIPPED: no chromium on this machine. Install Debian's 'chromium' package"
                    + " (apt-get install -y chromium; .ci/run does it) to run the browser tests.");
        }
        Assumptions.assumeTrue(found != null,
                "chromium not installed: " + testName + " needs Debian's chromium package (.ci/run installs it)");
        Files.createDirectories(workDir);
        return new Chromium(found, workDir);
    }

    /** The DOM of the page after its scripts ran. */
    String dumpDom(Path page) throws IOException, InterruptedException
    {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException
    {
        Files.deleteIfExists(png);
        run(List.of("--window-size=" + width + "," + height, "--hide-scrollbars", "--screenshot=" + png, page.toUri().toString()));
    }

    private static String find()
    {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && new File(configured).canExecute())
        {
            return configured;
        }
        for (String name : new String[] { "chromium", "chromium-browser", "google-chrome" })
        {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
            {
                File f = new File(dir, name);
                if (f.canExecute())
                {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }

    /** Runs Chromium once with its own empty profile and returns what it printed on stdout. */
    private String run(List<String> args) throws IOException, InterruptedException
    {
        Path profile = Files.createTempDirectory(workDir, "profile");
        List<String> command = new ArrayList<>(List.of(executable, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=vi",
                "--allow-file-access-from-files", "--user-data-dir=" + profile));
        command.addAll(args);
        Path stdout = workDir.resolve("chromium.out");
        Path stderr = workDir.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try
        {
            if (!process.waitFor(120, TimeUnit.SECONDS))
            {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish in 120 s: " + command);
            }
            if (process.exitValue() != 0)
            {
                throw new AssertionError("chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }
        finally
        {
            deleteTree(profile);
        }
    }

    /** Best effort: the profile is a scratch directory under target/. */
    private static void deleteTree(Path dir)
    {
        try (var files = Files.walk(dir))
        {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList())
            {
                Files.deleteIfExists(f);
            }
        }
        catch (IOException e)
        {
            System.err.println("could not remove the Chromium profile " + dir + ": " + e);
        }
    }
}
