package dev.ladder.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetTest {
    private static final String START = SearchRepository.START;
    private static final String STOP = SearchRepository.STOP;

    @Test
    void aSnippetIsTheTextOfTheRenderedBodyWithOnlyTheMatchesMarked() {
        String headline = "Context \n We say  x &lt; y  &amp; our  " + START + "payments" + STOP
                + "  work, it&#39;s &#34;fun&#34;";
        assertEquals(
                "Context We say x &lt; y &amp; our <mark>payments</mark> work, it&#39;s &quot;fun&quot;",
                SearchService.snippet(headline));
    }

    @Test
    void referencesThatSpellMarkupStayText() {
        assertEquals(
                "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>",
                SearchService.snippet("&lt;script&gt;alert(1)&lt;/script&gt; " + START + "x" + STOP));
    }

    @Test
    void aTitleIsEscapedAndOnlyItsMatchesBecomeMarkup() {
        assertEquals(
                "Q&amp;A &lt;b&gt; on &quot;<mark>payments</mark>&#39;s&quot;",
                SearchService.highlight("Q&A <b> on \"" + START + "payments" + STOP + "'s\""));
    }
}
