package kiku.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return text == null ? null : JSON.readTree(text);
    }

    @Test
    void onlyChangedFieldsAreListedWithoutBookkeeping() throws Exception {
        List<Changes.Field> fields = Changes.between(
                json("{\"id\":7,\"title\":\"紙の決裁\",\"status\":\"NEW\",\"departmentIds\":[12],\"version\":0}"),
                json("{\"id\":7,\"title\":\"紙の決裁\",\"status\":\"PLANNED\",\"departmentIds\":[12,14],\"version\":1}"));
        assertEquals(List.of(new Changes.Field("status", "NEW", "PLANNED"),
                new Changes.Field("departmentIds", "12", "12, 14")), fields);
    }

    @Test
    void creationAndDeletionShowEveryFilledField() throws Exception {
        assertEquals(List.of(new Changes.Field("title", "", "押印"), new Changes.Field("annualHours", "", "120.5")),
                Changes.between(null, json("{\"title\":\"押印\",\"annualHours\":120.5,\"category\":null}")));
        assertEquals(List.of(new Changes.Field("title", "押印", "")),
                Changes.between(json("{\"title\":\"押印\"}"), null));
    }

    @Test
    void nullAndMissingAreTheSameAndLongTextsAreCut() throws Exception {
        assertEquals(List.of(), Changes.between(json("{\"category\":null}"), json("{}")));
        String longText = "あ".repeat(Changes.SHOWN + 10);
        Changes.Field field = Changes.between(json("{\"description\":\"短い\"}"),
                json("{\"description\":\"" + longText + "\"}")).get(0);
        assertEquals("あ".repeat(Changes.SHOWN) + "…", field.after());
    }
}
