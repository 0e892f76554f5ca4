package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {
    @TempDir
    Path temp;

    @Test
    void aFolderGivesItsDocumentsInNameOrderAndSkipsOtherFiles() throws Exception {
        Files.createDirectories(temp.resolve("sub"));
        Files.writeString(temp.resolve("b.pdf"), "x");
        Files.writeString(temp.resolve("a.docx"), "x");
        Files.writeString(temp.resolve("README.md"), "x");
        Files.writeString(temp.resolve("sub/c.html"), "x");
        assertThat(DocumentFiles.expand(List.of(temp))).extracting(p -> temp.relativize(p).toString())
                .containsExactly("a.docx", "b.pdf", "sub/c.html");
    }

    @Test
    void aNamedFileIsAlwaysTakenSoAMislabelledOneIsReportedNotSkipped() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "x");
        assertThat(DocumentFiles.expand(List.of(notes))).containsExactly(notes);
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThatThrownBy(() -> DocumentFiles.expand(List.of(temp.resolve("borte.pdf"))))
                .hasMessageContaining("borte.pdf: no such file or folder");
    }
}
