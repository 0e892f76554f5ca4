package no.tiltaksradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesAndLineBreaksInAValueAreWrittenOut() {
        assertThat(TerminalText.escape("Tittel\u001b[2J\r\nFAILED x.pdf")).isEqualTo("Tittel\\u001b[2J\\u000d\\u000aFAILED x.pdf");
        assertThat(TerminalText.escape("8-bit CSI \u009b31m")).isEqualTo("8-bit CSI \\u009b31m");
        assertThat(TerminalText.escape("fil\u202eFDP.exe")).isEqualTo("fil\\u202eFDP.exe");
    }

    @Test
    void ordinaryNorwegianTextIsUntouched() {
        String text = "Bærekraftig digitalisering – «Én innbygger, én sak» § 3 ÆØÅ æøå";
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }

    @Test
    void aPrintedBlockKeepsItsOwnLineBreaks() {
        assertThat(TerminalText.escapeKeepingLines("a\tb\nc\u0007")).isEqualTo("a\tb\nc\\u0007");
    }

    @Test
    void noRandomInputLeavesAControlCharacterBehind() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            String safe = TerminalText.escape(text.toString());
            assertThat(safe.chars().noneMatch(c -> TerminalText.isUnsafe((char) c))).as(safe).isTrue();
        }
    }
}
