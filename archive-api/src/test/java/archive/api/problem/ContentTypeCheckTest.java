package archive.api.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentTypeCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain; charset=utf-8", "text/plain;charset=\"utf-8\" ", "text/plain;",
            "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", "multipart/form-data; boundary=a:b",
            "application/json ", "application/vnd.api+json; q=0.5; ext=\"a;b\""})
    void acceptsMediaTypesClientsSend(String contentType) {
        assertTrue(ContentTypeCheck.isMediaType(contentType), contentType);
    }

    @ParameterizedTest
    @ValueSource(strings = {";;;", "", "text", "text/", "/plain", "text/plain; charset", "text plain", "text/pl ain",
            "text/plain; charset=\"utf-8"})
    void refusesWhatIsNotAMediaType(String contentType) {
        assertFalse(ContentTypeCheck.isMediaType(contentType), contentType);
    }
}
