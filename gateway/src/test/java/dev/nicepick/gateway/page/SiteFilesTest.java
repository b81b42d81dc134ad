package dev.nicepick.gateway.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sitemap is XML: its text is escaped with XML's entities, never HTML's named ones. */
class SiteFilesTest {

    @Test
    void sitemapTextIsEscapedAsXml() {
        assertThat(SiteFiles.xmlText("https://nicepick.example/café?a=1&b=<2>"))
                .isEqualTo("https://nicepick.example/café?a=1&amp;b=&lt;2&gt;");
        assertThat(SiteFiles.xmlText("a\u0000b")).as("no character XML 1.0 cannot hold").isEqualTo("ab");
    }
}
