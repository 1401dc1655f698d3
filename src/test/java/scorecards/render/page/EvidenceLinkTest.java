package scorecards.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An evidence address becomes a link only when it is an http or https address with a host. Facts
 * files refuse anything else, so these can only reach a page past the reader; the page still never
 * links them, and shows them as text.
 */
class EvidenceLinkTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"javascript:alert('evidence')", "JavaScript:alert(1)", " javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "ftp://ci.example.org/x",
            "https:/no-host", "//ci.example.org/reports/1", "reports/1", "https://exa mple.org/", ""})
    void an_address_that_is_not_http_or_https_with_a_host_is_never_a_link(String address) {
        assertEquals("", SecondLook.href(address));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"https://ci.example.org/reports/812?team=payments&view=full", "http://ci.example.org/1",
            "HTTPS://CI.EXAMPLE.ORG/2"})
    void an_http_or_https_address_is_linked_as_written(String address) {
        assertEquals(address, SecondLook.href(address));
    }
}
