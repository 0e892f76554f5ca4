package no.tiltaksradar.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * Page images for the review screen, rendered from the kept PDF with PDFBox and cached on disk
 * ({@code <cacheDir>/<sha256>/<page>-<dpi>.png}): the first view of a page renders it, later views
 * and other reviewers read the file.
 */
@Component
public class PageImages {
    private static final List<Integer> DPIS = List.of(72, 96, 110, 150, 200);
    private final FileStore files;
    private final Path cache;

    public PageImages(FileStore files, StorageSettings settings) {
        this.files = files;
        this.cache = settings.cacheDir().toAbsolutePath();
    }

    /** A page's size in PDF points (its crop box), as ingest measured glyph positions against it. */
    public record PageSize(int page, float width, float height) {
    }

    /** The size of every page of a kept PDF; empty for other formats, which have no pages to draw. */
    public List<PageSize> sizes(StoredDocument document) throws IOException {
        Optional<Path> file = files.find(document.sha256());
        if (file.isEmpty() || !document.contentType().equals("application/pdf")) {
            return List.of();
        }
        List<PageSize> sizes = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.get().toFile())) {
            int number = 1;
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getCropBox() != null ? page.getCropBox() : page.getMediaBox();
                sizes.add(new PageSize(number++, box.getWidth(), box.getHeight()));
            }
        }
        return sizes;
    }

    /**
     * The PNG of one page at one of the supported resolutions, rendered once and then read from the cache.
     *
     * @return empty when the document is no PDF or has no such page
     */
    public Optional<Path> png(StoredDocument document, int page, int dpi) throws IOException {
        if (!DPIS.contains(dpi)) {
            throw new IllegalArgumentException("dpi is one of " + DPIS);
        }
        Path cached = cache.resolve(document.sha256()).resolve(page + "-" + dpi + ".png");
        if (Files.isRegularFile(cached)) {
            return Optional.of(cached);
        }
        Optional<Path> file = files.find(document.sha256());
        if (file.isEmpty() || !document.contentType().equals("application/pdf")) {
            return Optional.empty();
        }
        try (PDDocument pdf = Loader.loadPDF(file.get().toFile())) {
            if (page < 1 || page > pdf.getNumberOfPages()) {
                return Optional.empty();
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
            Files.createDirectories(cached.getParent());
            // written beside and moved, so a reviewer never reads half an image another one is writing
            Path part = Files.createTempFile(cached.getParent(), "page-", ".part");
            ImageIO.write(image, "png", part.toFile());
            Files.move(part, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(cached);
        }
    }
}
