package kiku.backlog;

import static kiku.Api.RATER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.scoring.Criteria.score;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kiku.Api;
import kiku.scoring.Criteria;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The ranked issues of the department in rank order: title and expected total. */
    private record Expected(long id, String title, double total, double effectMean, double costMean) {}

    private String effectName;
    private String costName;
    private long effect;
    private long cost;
    private long department;
    private List<Expected> ranked;

    /**
     * Effect: BENEFIT 1..5, weight 2; cost: COST 0..10, weight 1. Titles that look like formulas,
     * one with a comma and quotes, and an unscored issue that no export may list.
     */
    @BeforeEach
    void setUp() {
        Criteria.reset();
        effect = Criteria.create("効果", 2, 1, 5, "BENEFIT");
        cost = Criteria.create("費用", 1, 0, 10, "COST");
        effectName = (String) Criteria.read(effect).get("name");
        costName = (String) Criteria.read(cost).get("name");
        department = Api.department("広報課");
        ranked = new ArrayList<>();
        add("=1+1", 5, 0);
        add("+81 電話の取次ぎ", 4, 2);
        add("-減額の手続き", 3, 5);
        add("@SUM(A1)", 2, 8);
        add("普通の課題, \"引用\" 付き", 1, 10);
        Api.issue(unique("未採点"), department);
    }

    @Test
    void csvHasABomAHeaderAndOneGuardedRowPerRankedItem() {
        ValidatableResponse response = as(VIEWER).accept("text/csv").queryParam("department", department)
                .get("/api/v1/backlog/export.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Disposition", containsString("filename="));
        byte[] body = response.extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));

        List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals(7, header.size(), "rank, id, title, departments, total and two criteria: " + header);
        assertEquals(List.of(effectName, costName), header.subList(5, 7));
        assertEquals(ranked.size() + 1, rows.size(), "one row per ranked item: " + rows);

        List<String> titles = List.of("'=1+1", "'+81 電話の取次ぎ", "'-減額の手続き", "'@SUM(A1)", "普通の課題, \"引用\" 付き");
        for (int i = 0; i < ranked.size(); i++) {
            List<String> row = rows.get(i + 1);
            Expected e = ranked.get(i);
            assertEquals(String.valueOf(i + 1), row.get(0), "rank");
            assertEquals(String.valueOf(e.id()), row.get(1));
            assertEquals(titles.get(i), row.get(2));
            assertTrue(row.get(3).startsWith("広報課"), "department names: " + row.get(3));
            assertEquals(e.total(), Double.parseDouble(row.get(4)), 0.005 + 1e-9, "total of " + e.title());
            assertEquals(e.effectMean(), Double.parseDouble(row.get(5)), 0.005 + 1e-9);
            assertEquals(e.costMean(), Double.parseDouble(row.get(6)), 0.005 + 1e-9);
        }
    }

    @Test
    void xlsxHasTheSameRowsWithTextTitlesAndNumericTotals() throws IOException {
        byte[] body = as(VIEWER).accept(XLSX).queryParam("department", department).get("/api/v1/backlog/export.xlsx")
                .then().statusCode(200).contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();

        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            rows = workbook.getFirstSheet().read();
        }
        assertEquals(ranked.size() + 1, rows.size());
        Row header = rows.get(0);
        assertEquals(effectName, header.getCell(5).getText());
        assertEquals(costName, header.getCell(6).getText());
        for (int i = 0; i < ranked.size(); i++) {
            Row row = rows.get(i + 1);
            Expected e = ranked.get(i);
            assertNumber(i + 1, row.getCell(0));
            assertNumber(e.id(), row.getCell(1));
            Cell title = row.getCell(2);
            assertEquals(CellType.STRING, title.getType(), "title of " + e.title());
            assertEquals(e.title(), title.asString(), "user text is written as it is, no quote added");
            assertEquals(CellType.STRING, row.getCell(3).getType());
            assertNumber(e.total(), row.getCell(4));
            assertNumber(e.effectMean(), row.getCell(5));
            assertNumber(e.costMean(), row.getCell(6));
        }
        String sheetXml = sheetXml(body);
        assertFalse(sheetXml.contains("<f>") || sheetXml.contains("<f "), "no formula in the sheet");
    }

    @Test
    void filtersApplyToExportsWhileRanksStayCityWide() throws IOException {
        long other = Api.department("環境課");
        long elsewhere = Criteria.issue(unique("他課の課題"), other, Map.of("status", "PLANNED"));
        score(RATER, elsewhere, Map.of(effect, 3, cost, 3)); // (2*0.5 + 0.7) / 3: between the 2nd and 3rd

        List<List<String>> csv = csv(Map.of("department", other));
        assertEquals(2, csv.size());
        assertEquals(List.of("3", String.valueOf(elsewhere)), csv.get(1).subList(0, 2));
        assertEquals(100 * (2 * 0.5 + 0.7) / 3, Double.parseDouble(csv.get(1).get(4)), 0.005 + 1e-9);

        List<List<String>> planned = csv(Map.of("status", "PLANNED"));
        assertEquals(List.of(String.valueOf(elsewhere)), planned.subList(1, planned.size()).stream()
                .map(r -> r.get(1)).toList());
        List<List<String>> byText = csv(Map.of("q", "SUM(A1)"));
        assertEquals(1, byText.size() - 1);
        assertEquals("'@SUM(A1)", byText.get(1).get(2));

        byte[] xlsx = as(VIEWER).accept(XLSX).queryParam("department", other).get("/api/v1/backlog/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(2, rows.size());
            assertNumber(3, rows.get(1).getCell(0));
            assertNumber(elsewhere, rows.get(1).getCell(1));
        }

        // every ranked item of the city, in rank order, when nothing filters
        List<List<String>> all = csv(Map.of());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), all.subList(1, all.size()).stream().map(r -> r.get(0))
                .toList());

        as(VIEWER).accept("text/csv").get("/api/v1/backlog/export.csv?department=999999").then().statusCode(400);
        as(VIEWER).accept(XLSX).get("/api/v1/backlog/export.xlsx?status=OPEN").then().statusCode(400);
        Api.anonymous().accept("text/csv").get("/api/v1/backlog/export.csv").then().statusCode(401);
    }

    private void add(String title, int effectValue, int costValue) {
        long id = Api.issue(title, department);
        score(RATER, id, Map.of(effect, effectValue, cost, costValue));
        double u = 2 * (effectValue - 1) / 4.0 + 1 * (10 - costValue) / 10.0;
        ranked.add(new Expected(id, title, 100 * u / 3, effectValue, costValue));
    }

    private static List<List<String>> csv(Map<String, ?> filters) {
        byte[] body = as(VIEWER).accept("text/csv").queryParams(filters).get("/api/v1/backlog/export.csv").then()
                .statusCode(200).extract().asByteArray();
        return parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
    }

    private static void assertNumber(double expected, Cell cell) {
        assertEquals(CellType.NUMBER, cell.getType(), "a number cell: " + cell);
        assertEquals(expected, cell.asNumber().doubleValue(), 1e-6);
    }

    /** RFC 4180: comma separated, CRLF lines, quoted cells with doubled quotes. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(cell.length() == 0 && row.isEmpty(), "the CSV ends with CRLF");
        return rows;
    }

    /** The first worksheet's XML, read through the zip's central directory. */
    private static String sheetXml(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("kiku-export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry sheet = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst()
                        .orElseThrow(() -> new AssertionError("no worksheet in the workbook"));
                try (InputStream in = zip.getInputStream(sheet)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
