package no.tiltaksradar.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    @Test
    void eachUnreadableEntryIsOneProblemWithItsReasonAndTheRestIsKept() throws Exception {
        Path good = Files.writeString(temp.resolve("god.pdf"), "x");
        Path broken = Files.createSymbolicLink(temp.resolve("lenke.pdf"), temp.resolve("finnes-ikke.pdf"));
        Path fifo = fifo(temp.resolve("kanal.pdf"));
        Path missing = temp.resolve("borte.pdf");
        DocumentFiles.Selection selection = DocumentFiles.select(List.of(missing, broken, fifo, good));
        assertThat(selection.files()).containsExactly(good);
        assertThat(selection.problems()).extracting(DocumentOutcome::failure).containsExactly(
                missing + ": no such file or folder",
                broken + ": broken link (" + temp.resolve("finnes-ikke.pdf") + ": no such file)",
                fifo + ": not a regular file (a FIFO, socket or device)");
        assertThat(selection.total()).isEqualTo(4);
    }

    @Test
    void insideAFolderBrokenLinksAndFifosAreReportedToo() throws Exception {
        Path good = Files.writeString(temp.resolve("a.pdf"), "x");
        Files.createSymbolicLink(temp.resolve("b.pdf"), temp.resolve("finnes-ikke.pdf"));
        fifo(temp.resolve("c.pdf"));
        DocumentFiles.Selection selection = DocumentFiles.select(List.of(temp));
        assertThat(selection.files()).containsExactly(good);
        assertThat(selection.problems()).extracting(DocumentOutcome::failure)
                .anyMatch(f -> f.endsWith("b.pdf: broken link (" + temp.resolve("finnes-ikke.pdf") + ": no such file)"))
                .anyMatch(f -> f.endsWith("c.pdf: not a regular file (a FIFO, socket or device)"));
    }

    @Test
    void anUnreadableFolderIsPermissionDenied() throws Exception {
        // root reads everything; scripts/hostile-inputs.sh repeats this case as an ordinary user
        assumeFalse("root".equals(System.getProperty("user.name")), "root can read any folder");
        Path locked = Files.createDirectories(temp.resolve("låst"));
        Files.writeString(locked.resolve("x.pdf"), "x");
        Path good = Files.writeString(temp.resolve("a.pdf"), "x");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            DocumentFiles.Selection selection = DocumentFiles.select(List.of(temp));
            assertThat(selection.files()).containsExactly(good);
            assertThat(selection.problems()).extracting(DocumentOutcome::failure).containsExactly(locked + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    static Path fifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        return path;
    }
}
