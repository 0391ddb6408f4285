package io.digitpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.digitpad.model.ModelCard;
import io.digitpad.model.ModelCard.Mistake;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model page at {@code /model}, from the real server with the shipped model. */
class ModelPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningServer server;
    private static ModelCard card;
    private static HttpResponse<String> answer;
    private static Document page;

    @BeforeAll
    static void open() throws Exception {
        server = new RunningServer();
        card = ModelCard.fromJson(server.get("/api/model").body());
        answer = server.get("/model");
        page = Jsoup.parse(answer.body());
    }

    @AfterAll
    static void close() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void is_an_html_page_with_the_security_headers() {
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type ->
                                assertThat(type.replace(" ", ""))
                                        .isEqualToIgnoringCase("text/html;charset=utf-8"));
        WebServer.SECURITY_HEADERS.forEach(
                (name, value) -> assertThat(answer.headers().firstValue(name)).hasValue(value));
    }

    @Test
    void uses_no_inline_style_or_script_that_the_policy_would_block() {
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("style")).isEmpty();
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void every_stylesheet_it_links_is_served() throws Exception {
        Elements sheets = page.select("link[rel=stylesheet]");

        assertThat(sheets).hasSizeGreaterThanOrEqualTo(2);
        for (Element sheet : sheets) {
            HttpResponse<String> css = server.get("/" + sheet.attr("href"));
            assertThat(css.statusCode()).as(sheet.attr("href")).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        }
    }

    @Test
    void shows_the_test_accuracy_of_the_shipped_model() {
        String accuracy = String.format(Locale.ROOT, "%.2f%%", card.testAccuracy() * 100);

        assertThat(accuracy).isEqualTo("99.56%");
        assertThat(page.getElementById("test-accuracy").text()).isEqualTo(accuracy);
        assertThat(page.select(".facts").text())
                .contains(card.architecture(), card.recipe().name(), card.engine());
    }

    @Test
    void shows_the_confusion_matrix_as_a_heat_map_of_the_ten_thousand_test_images() {
        Elements cells = page.select("svg.heat-map g.cell");

        assertThat(cells).hasSize(100);
        int total = 0;
        int right = 0;
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            int count = Integer.parseInt(cell.selectFirst("text").text());
            int actual = i / 10;
            int answered = i % 10;
            assertThat(count).isEqualTo(card.test().confusion()[actual][answered]);
            assertThat(cell.selectFirst("title").text())
                    .startsWith("actual " + actual + ", answered " + answered + ": ");
            assertThat(cell.selectFirst("rect").attr("fill")).matches("#[0-9a-f]{6}");
            total += count;
            right += actual == answered ? count : 0;
        }
        assertThat(total).isEqualTo(10_000);
        assertThat(right / 10_000.0).isEqualTo(card.testAccuracy());
        assertThat(page.select("svg.heat-map .axis-title").eachText())
                .containsExactlyInAnyOrder("actual", "answered");
    }

    @Test
    void mistakes_are_coloured_apart_from_right_answers_even_when_there_is_one() {
        Element nineAsFour = page.select("svg.heat-map g.cell").get(9 * 10 + 4);
        Element oneMistake = cellWithCount(1);
        Element rightAnswers = page.select("svg.heat-map g.cell").get(0);
        Element noImages = cellWithCount(0);

        assertThat(nineAsFour.selectFirst("title").text())
                .isEqualTo(
                        "actual 9, answered 4: "
                                + card.test().confusion()[9][4]
                                + " images (0.79%)");
        assertThat(fill(oneMistake)).isNotEqualTo(fill(noImages)).isNotEqualTo(fill(rightAnswers));
    }

    @Test
    void shows_the_accuracy_of_every_digit_with_its_number() {
        Elements bars = page.select("svg.digit-accuracy g.digit-bar");

        assertThat(bars).hasSize(10);
        for (int digit = 0; digit < 10; digit++) {
            String percent =
                    String.format(Locale.ROOT, "%.2f%%", card.perClassTestAccuracy()[digit] * 100);
            assertThat(bars.get(digit).select("text").eachText())
                    .startsWith(Integer.toString(digit), percent);
        }
        assertThat(bars.get(9).selectFirst("title").text())
                .isEqualTo("digit 9: 99.11% right, 9 of 1,009 wrong");
    }

    @Test
    void draws_the_training_curves_of_every_epoch() {
        Elements charts = page.select("svg.curves");

        assertThat(charts).hasSize(2);
        Element accuracy = charts.get(0);
        assertThat(accuracy.select("polyline")).hasSize(2);
        assertThat(accuracy.select("circle")).hasSize(2 * card.history().size());
        assertThat(accuracy.select(".legend").eachText())
                .containsExactly("test accuracy 99.56%", "training accuracy 98.64%");
        assertThat(accuracy.select("circle title").first().text())
                .isEqualTo("epoch 1: test accuracy 94.65%");
        assertThat(charts.get(1).select(".legend").text()).isEqualTo("training loss 0.802");
        assertThat(accuracy.select(".tick").eachText()).contains("85%", "100%", "0", "40");
    }

    @Test
    void shows_the_most_confident_mistakes_as_the_test_images_themselves() throws Exception {
        Elements mistakes = page.select(".mistakes figure");
        List<Mistake> recorded = card.test().confidentMistakes();

        assertThat(mistakes).hasSize(16).hasSameSizeAs(recorded);
        assertThat(mistakes.first().selectFirst("figcaption").text())
                .isEqualTo("test #9729: a 5, read as 6 (99.97%)");
        for (int i = 0; i < mistakes.size(); i++) {
            String src = mistakes.get(i).selectFirst("img").attr("src");
            assertThat(src).startsWith("data:image/png;base64,");
            byte[] png = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(28);
            assertThat(image.getHeight()).isEqualTo(28);
            assertThat(greys(image))
                    .isEqualTo(Base64.getDecoder().decode(recorded.get(i).pixels()));
        }
    }

    @Test
    void links_back_to_the_drawing_page_which_links_to_it() throws Exception {
        Document drawingPage = Jsoup.parse(server.get("/").body());

        assertThat(page.select("a[href=./]")).isNotEmpty();
        assertThat(drawingPage.select("footer a[href=model]").text()).isEqualTo("About the model");
    }

    @Test
    void a_card_saved_before_test_answers_and_history_were_kept_says_they_were_not_recorded()
            throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(server.get("/api/model").body());
        json.remove(List.of("test", "history"));
        ModelCard older = ModelCard.fromJson(json.toString());

        Document olderPage = parse(new ModelPage(older));

        assertThat(olderPage.select(".not-recorded").eachText())
                .anySatisfy(text -> assertThat(text).contains("test answers were not recorded"))
                .anySatisfy(text -> assertThat(text).contains("history was not recorded"))
                .anySatisfy(text -> assertThat(text).contains("mistakes were not recorded"));
        assertThat(olderPage.select("svg.heat-map, svg.curves, .mistakes")).isEmpty();
        assertThat(olderPage.getElementById("test-accuracy").text()).isEqualTo("99.56%");
        assertThat(olderPage.select("svg.digit-accuracy g.digit-bar")).hasSize(10);
    }

    @Test
    void what_a_card_says_is_shown_as_text_never_as_markup() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(server.get("/api/model").body());
        json.put("engine", "<script>alert('engine')</script>");
        json.put("architecture", "\"><img src=x onerror=alert(1)>");
        ModelCard hostile = ModelCard.fromJson(json.toString());

        Document hostilePage = parse(new ModelPage(hostile));

        assertThat(hostilePage.select("script, img[src=x]")).isEmpty();
        assertThat(hostilePage.select(".facts").text())
                .contains("<script>alert('engine')</script>", "\"><img src=x onerror=alert(1)>");
    }

    private static Document parse(ModelPage modelPage) {
        return Jsoup.parse(new String(modelPage.bytes(), StandardCharsets.UTF_8));
    }

    private static Element cellWithCount(int count) {
        return page.select("svg.heat-map g.cell").stream()
                .filter(cell -> cell.selectFirst("text").text().equals(Integer.toString(count)))
                .filter(cell -> !cell.selectFirst("title").text().contains(" right"))
                .findFirst()
                .orElseThrow();
    }

    private static String fill(Element cell) {
        return cell.selectFirst("rect").attr("fill");
    }

    /** The image's pixels as MNIST stores them: one grey byte each, row by row. */
    private static byte[] greys(BufferedImage image) {
        byte[] greys = new byte[28 * 28];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                greys[y * 28 + x] = (byte) (image.getRaster().getSample(x, y, 0));
            }
        }
        return greys;
    }
}
