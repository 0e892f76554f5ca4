package no.tiltaksradar.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import no.tiltaksradar.web.ApiProblem;
import no.tiltaksradar.web.PageRequest;
import no.tiltaksradar.web.Paged;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents: upload (admin), list, one document, its pages and its file. */
@RestController
@Tag(name = "Documents", description = "Upload (admin), metadata, page text, page images and the kept file")
@RequestMapping("/api/documents")
class DocumentController {
    private final UploadService uploads;
    private final DocumentRepository documents;
    private final FileStore files;
    private final PageImages images;

    DocumentController(UploadService uploads, DocumentRepository documents, FileStore files, PageImages images) {
        this.uploads = uploads;
        this.documents = documents;
        this.files = files;
        this.images = images;
    }

    /** The page as an image (PNG, cached on disk after the first view); dpi one of 72, 96, 110, 150, 200. */
    @GetMapping(value = "/{id}/pages/{number}/image", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<Resource> image(@PathVariable long id, @PathVariable int number, @RequestParam(defaultValue = "110") int dpi)
            throws IOException {
        StoredDocument document = one(id);
        Path png;
        try {
            png = images.png(document, number, dpi).orElseThrow(() -> ApiProblem.notFound("page image of document " + id, number));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
                .body(new FileSystemResource(png));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<UploadResult> upload(@RequestPart("files") List<MultipartFile> parts, Principal user) throws IOException {
        List<UploadResult> results = new ArrayList<>();
        for (MultipartFile part : parts) {
            try (InputStream in = part.getInputStream()) {
                results.add(uploads.upload(part.getOriginalFilename(), part.getSize(), in, user.getName()));
            }
        }
        return results;
    }

    @GetMapping
    Paged<StoredDocument> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return documents.page(q, PageRequest.of(page, size, sort, DocumentRepository.SORTABLE, "id,asc"));
    }

    @GetMapping("/{id}")
    StoredDocument one(@PathVariable long id) {
        return documents.find(id).orElseThrow(() -> ApiProblem.notFound("document", id));
    }

    @GetMapping("/{id}/pages")
    List<DocumentPage> pages(@PathVariable long id) {
        one(id);
        return documents.pages(id);
    }

    @GetMapping("/{id}/pages/{number}")
    DocumentPage page(@PathVariable long id, @PathVariable int number) {
        one(id);
        return documents.page(id, number).orElseThrow(() -> ApiProblem.notFound("page of document " + id, number));
    }

    /**
     * The page's words with their boxes, [[start, end, x, y, width, height], ...]: offsets in the page's text, boxes in
     * PDF points from the top-left; the review screen's selectable text layer.
     */
    @GetMapping(value = "/{id}/pages/{number}/words", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> words(@PathVariable long id, @PathVariable int number) {
        one(id);
        String words = documents.words(id, number).orElseThrow(() -> ApiProblem.notFound("page of document " + id, number));
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
                .body(words);
    }

    @GetMapping("/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id) throws IOException {
        StoredDocument document = one(id);
        Path path = files.find(document.sha256()).orElseThrow(() -> ApiProblem.notFound("file of document", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType())).contentLength(Files.size(path))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName()).build().toString())
                .body(new FileSystemResource(path));
    }
}
