package org.dialectica.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 21: the combined seed map saved from its page at 1440×900 as SVG and PNG shows all 51 claims
 * with their statuses' colours and the legend, and its PDF report lists every thesis; in Indonesian,
 * the legend and the report are Indonesian. Each file is saved as a person saves it, by the Download
 * button (MapPictures, which is also the documented headless path).
 */
class MapPicturesE2EIT extends AppInBrowser {
    static final String COMBINED = "who-gained-from-the-2020-war";
    static final String FILE = "who-gained-from-the-2020-nagorno-karabakh-war";
    static final String GRAPH = "document.querySelector('dialectica-graph')";

    @TempDir
    static Path saved;

    /** Each claim on the canvas: its title and status, by id. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> canvasClaims(Page page) {
        return (Map<String, Map<String, String>>) page.evaluate("() => Object.fromEntries(" + GRAPH
                + ".cy.nodes().not('.anchor').map(n => [n.id(), { label: n.data('label'), status: n.data('status'), kind: n.data('kind') }]))");
    }

    @Test
    void the_svg_and_the_png_show_all_51_claims_in_their_colours_under_the_legend() throws Exception {
        Page page = MapPictures.open(browser, app.url("/"), COMBINED);
        Map<String, Map<String, String>> claims = canvasClaims(page);
        assertThat(claims).hasSize(51);

        Path svgFile = MapPictures.save(page, "download-svg", saved);
        assertThat(svgFile.getFileName().toString()).isEqualTo(FILE + ".svg");
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svgFile.toFile()); // well-formed XML
        List<Element> drawn = elements(svg.getElementsByTagName("g")).stream().filter(g -> g.getAttribute("class").equals("claim")).toList();
        assertThat(drawn).hasSize(51);
        Set<String> ids = new HashSet<>();
        for (Element g : drawn) {
            Map<String, String> claim = claims.get(g.getAttribute("data-id"));
            assertThat(claim).as(g.getAttribute("data-id")).isNotNull();
            ids.add(g.getAttribute("data-id"));
            assertThat(firstChild(g, "title").getTextContent()).isEqualTo(claim.get("label"));
            assertThat(g.getAttribute("data-status")).isEqualTo(claim.get("status"));
            // the wrapped lines put together are the title (the canvas cuts none of this map's)
            assertThat(firstChild(g, "text").getTextContent().replaceAll("\\s+", "")).as("the text of %s", claim.get("label"))
                    .isEqualTo(claim.get("label").replaceAll("\\s+", ""));
        }
        assertThat(ids).isEqualTo(claims.keySet());
        String text = Files.readString(svgFile, StandardCharsets.UTF_8);
        assertThat(text).contains(">Who gained from the 2020 Nagorno-Karabakh war?</text>", ">IN stands</text>", ">OUT defeated</text>",
                ">UNDEC undecided</text>", ">supports</text>", ">conflict (dotted)</text>", "fill=\"#dcf2e1\" stroke=\"#1b7f3b\"");
        assertThat(elements(svg.getElementsByTagName("g")).stream().filter(g -> g.getAttribute("class").equals("relation")).count())
                .isGreaterThan(40);

        Path pngFile = MapPictures.save(page, "download-png", saved);
        assertThat(pngFile.getFileName().toString()).isEqualTo(FILE + ".png");
        BufferedImage png = ImageIO.read(pngFile.toFile());
        assertThat(png).isNotNull();
        int svgWidth = Integer.parseInt(svg.getDocumentElement().getAttribute("width"));
        int svgHeight = Integer.parseInt(svg.getDocumentElement().getAttribute("height"));
        // the SVG at twice its size: sharp on a slide
        assertThat(png.getWidth()).isEqualTo(2 * svgWidth);
        assertThat(png.getHeight()).isEqualTo(2 * svgHeight);
        assertThat(png.getWidth()).isBetween(1400, 16000);
        assertThat(png.getHeight()).isBetween(800, 16000);
        Map<Integer, Integer> colours = histogram(png);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
        assertThat(colours.get(0xffffff)).as("white").isLessThan(png.getWidth() * png.getHeight() * 9 / 10);
        // the fills of the four statuses (each on at least one claim of this map), over thousands of pixels each
        for (int fill : new int[] {0xdcf2e1, 0xfbe0de, 0xfdf0c4, 0xeceff1}) {
            assertThat(colours.getOrDefault(fill, 0)).as("pixels of #%06x", fill).isGreaterThan(5000);
        }
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.copy(pngFile, Browser.SCREENSHOTS.resolve("21-map-picture.png"), StandardCopyOption.REPLACE_EXISTING);
        page.context().close();
    }

    @Test
    void the_pdf_report_lists_every_thesis_and_the_markdown_report_too() throws Exception {
        Page page = MapPictures.open(browser, app.url("/"), COMBINED);
        List<String> theses = canvasClaims(page).values().stream().filter(c -> c.get("kind").equals("thesis")).map(c -> c.get("label")).toList();
        assertThat(theses).hasSize(11);

        Path pdfFile = MapPictures.save(page, "download-pdf", saved);
        assertThat(pdfFile.getFileName().toString()).isEqualTo(FILE + ".pdf");
        String pdf = pdfText(pdfFile);
        assertThat(pdf).contains("Who gained from the 2020 Nagorno-Karabakh war?", "Theses", "Every claim", "Conflicts", "Findings", "Sources");
        assertThat(theses).allSatisfy(t -> assertThat(pdf).contains(t));

        Path mdFile = MapPictures.save(page, "download-markdown", saved);
        assertThat(mdFile.getFileName().toString()).isEqualTo(FILE + ".md");
        String md = Files.readString(mdFile, StandardCharsets.UTF_8);
        assertThat(theses).allSatisfy(t -> assertThat(md).contains("\n### " + t + "\n"));

        // the map itself, for other tools: AIF with one I-node per claim, Argdown that reads back to the 51 claims
        Path aifFile = MapPictures.save(page, "download-aif", saved);
        assertThat(aifFile.getFileName().toString()).isEqualTo(FILE + ".json");
        assertThat(org.dialectica.io.MapFileReader.read(aifFile).map().claims()).hasSize(51);
        Path argdownFile = MapPictures.save(page, "download-argdown", saved);
        assertThat(org.dialectica.io.MapFileReader.read(argdownFile).map().claims()).hasSize(51);
        Path argdownJson = MapPictures.save(page, "download-argdown-json", saved);
        assertThat(Files.readString(argdownJson, StandardCharsets.UTF_8)).contains("\"statements\"", "\"relations\"");
        page.context().close();
    }

    @Test
    void in_indonesian_the_legend_and_the_report_are_indonesian() throws Exception {
        Page page = MapPictures.open(browser, app.url("/"), COMBINED);
        page.locator("#language").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        page.locator("#download-map").filter(new Locator.FilterOptions().setHasText("Unduh")).waitFor();
        page.locator("#download-map").click();
        page.locator("#download-aif").filter(new Locator.FilterOptions().setHasText("AIF")).waitFor();
        Browser.screenshot(page, "21-download-menu-id");

        String svg = Files.readString(MapPictures.save(page, "download-svg", saved), StandardCharsets.UTF_8);
        assertThat(svg).contains(">IN berdiri</text>", ">OUT gugur</text>", ">mendukung</text>", ">konflik (bertitik)</text>");
        String pdf = pdfText(MapPictures.save(page, "download-pdf", saved));
        assertThat(pdf).contains("Tesis", "Semua klaim", "Kekuatan", "Alasan", "IN (berdiri)", "Recep Tayyip Erdoğan");
        page.context().close();
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<Element> elements(NodeList list) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) elements.add((Element) list.item(i));
        return elements;
    }

    private static Element firstChild(Element parent, String tag) {
        return (Element) parent.getElementsByTagName(tag).item(0);
    }

    private static Map<Integer, Integer> histogram(BufferedImage image) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
        }
        return counts;
    }
}
