package scorecards.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form GitHub turns into a mention, a reference or a link comes out as code, where GitHub
 * turns nothing into one; other words stay plain, escaped text. Each row: the team-written
 * text, then the Markdown written for it.
 */
class MarkdownTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '"', textBlock = """
            Platform Team                      ¦ Platform Team
            ping @octocat                      ¦ ping `@octocat`
            ping @kestrel/platform now         ¦ ping `@kestrel/platform` now
            fixes #1, and (#22).               ¦ fixes `#1`, and (`#22`).
            GH-7                               ¦ `GH-7`
            moor/site#3                        ¦ `moor/site#3`
            moor/site@a1b2c3d                  ¦ `moor/site@a1b2c3d`
            in deadbeef1 and 1234567           ¦ in `deadbeef1` and `1234567`
            cafe12 is six                      ¦ cafe12 is six
            see https://example.com.           ¦ see `https://example.com`.
            www.example.com                    ¦ `www.example.com`
            mail user@example.com              ¦ mail `user@example.com`
            mailto:user                        ¦ `mailto:user`
            TICKET-12                          ¦ `TICKET-12`
            fullwidth ＠octocat                 ¦ fullwidth `＠octocat`
            a|@b                               ¦ `a`\\|`@b`
            a | b                              ¦ a \\| b
            "'@octocat'"                       ¦ "'`@octocat`'"
            <b>*x*</b> & _y_ ~z~ [l](u)        ¦ &lt;b&gt;\\*x\\*&lt;/b&gt; &amp; \\_y\\_ \\~z\\~ \\[l\\](u)
            @`x`                               ¦ `` @`x` ``
            """)
    void linkable_words_are_code_and_the_rest_escaped_text(String text, String markdown) {
        assertEquals(markdown, MarkdownText.escape(text));
    }

    @Test
    void characters_a_reader_cannot_see_are_written_as_escapes_and_white_space_as_one_space() {
        assertEquals("Beta\\\\u001B\\[31m", MarkdownText.escape("Beta\u001B[31m"));
        assertEquals("Beta\\\\u202Eateb", MarkdownText.escape("Beta\u202Eateb"));
        assertEquals("two lines and more", MarkdownText.escape("two\nlines\tand\u2028more"));
        assertEquals("`@x\\u0007`", MarkdownText.escape("@x\u0007"));
    }
}
