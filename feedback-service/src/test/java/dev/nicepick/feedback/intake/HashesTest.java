package dev.nicepick.feedback.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reader keys, withdraw tokens and request bodies are kept as SHA-256 in lower-case hex (FIPS 180-4 test vectors). */
class HashesTest {

    @Test
    void sha256IsTheStandardDigestInLowerCaseHex() {
        assertThat(Hashes.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashes.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void textIsHashedAsUtf8() {
        assertThat(Hashes.sha256("\u00e9")).isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }
}
