package io.github.zhreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reading page in a real browser: headless Chromium loads the sample article's page (with hostile markup
 * added to the text), and the test checks the DOM after scripts ran, a tap on a word, and a screenshot. Needs
 * Debian's chromium ({@code .ci/run} installs it); skipped without it.
 */
class HtmlPageInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SAMPLE = Path.of("..", "samples", "articles", "scale-ai.txt");
    private static final String HOSTILE =
            "\n<script>document.documentElement.setAttribute('data-pwned','script')</script>"
                    + "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">\n";

    @TempDir
    Path tmp;

    private Path page;

    @BeforeEach
    void renderPage() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_8) + HOSTILE;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ZhReader.run(
                new String[] {"annotate", "-", "--format", "html", "--library", tmp.toString()},
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                out,
                new ByteArrayOutputStream());
        assertEquals(0, code);
        page = tmp.resolve("scale-ai.html");
        Files.write(page, out.toByteArray());
    }

    @Test
    void pageShowsRubyAndGlossesAndRunsNoScriptFromTheText() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());
        String root = dom.substring(dom.indexOf("<html"), dom.indexOf('>', dom.indexOf("<html")) + 1);
        assertEquals("<html lang=\"zh-Hans\">", root, "no script from the input ran");
        assertFalse(dom.contains("<img"), "no element from the input");
        assertTrue(dom.contains("&lt;script&gt;document.documentElement"), "the input's script is shown as text");
        assertTrue(dom.contains("<span class=\"t1\">薅</span><rt><span class=\"t1\">hāo</span></rt>"), "ruby for 薅");
        assertTrue(dom.contains("<span class=\"t2\">羊</span><span class=\"t2\">毛</span><rt>"), "ruby for 羊毛");
        assertTrue(dom.contains("data-gloss=\"薅羊毛"), "薅 carries the explanation of 薅羊毛");
        assertTrue(dom.matches("(?s).*<ruby class=\"w phrase\"[^>]*data-gloss=\"招安.*"), "a gloss for 招安");
    }

    @Test
    void tappingAWordShowsItsGloss() throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String tap = "<script>var w = [].slice.call(document.querySelectorAll('ruby[data-gloss]'))"
                + ".filter(function (r) { return r.getAttribute('data-gloss').indexOf('招安') === 0; })[0];"
                + "w.dispatchEvent(new MouseEvent('click', {bubbles: true}));</script></body>";
        Path tapped = tmp.resolve("tapped.html");
        Files.writeString(tapped, html.replace("</body>", tap), StandardCharsets.UTF_8);
        String dom = chromium("--dump-dom", tapped.toUri().toString());
        int panel = dom.indexOf("<aside id=\"gloss\"");
        assertTrue(panel >= 0, dom);
        String aside = dom.substring(panel, dom.indexOf("</aside>", panel));
        assertFalse(aside.contains("hidden"), "the panel is shown: " + aside);
        assertTrue(aside.contains("招安  zhāo ān") && aside.contains("(figurative)"), aside);
    }

    @Test
    void screenshotIsTaken() throws Exception {
        Path shot = tmp.resolve("page.png");
        chromium("--screenshot=" + shot, "--window-size=1000,1400", page.toUri().toString());
        assertTrue(Files.size(shot) > 20_000, "a real screenshot: " + Files.size(shot) + " bytes");
        Path kept = Path.of("target", "html-page.png");
        Files.copy(shot, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String chromium(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--virtual-time-budget=3000",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium")));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium's exit code");
        return new String(out, StandardCharsets.UTF_8);
    }
}
