package no.tiltaksradar.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import no.tiltaksradar.audit.AuditLog;
import no.tiltaksradar.ingest.FormatDetectingIngester;
import no.tiltaksradar.ingest.IngestException;
import org.springframework.stereotype.Service;

/**
 * Takes uploaded files in: refuses one that is too large or not a supported format (decided by
 * its content, never its name), recognises content already kept, and keeps the rest once.
 * Each file is decided alone, so one bad file never stops the others.
 */
@Service
public class UploadService {
    private final FileStore files;
    private final DocumentRepository documents;
    private final FormatDetectingIngester formats;
    private final StorageSettings settings;
    private final AuditLog audit;

    public UploadService(FileStore files, DocumentRepository documents, FormatDetectingIngester formats, StorageSettings settings,
                         AuditLog audit) {
        this.files = files;
        this.documents = documents;
        this.formats = formats;
        this.settings = settings;
        this.audit = audit;
    }

    /** @param declaredSize the size the client announced, checked before anything is read */
    public UploadResult upload(String fileName, long declaredSize, InputStream content, String user) throws IOException {
        String name = FileStore.safeName(fileName);
        if (declaredSize > settings.maxFileSize().toBytes()) {
            return rejected(name, null, "TOO_LARGE", "larger than the limit of " + limit());
        }
        FileStore.Received received = files.receive(content, name);
        try {
            if (received.size() > settings.maxFileSize().toBytes()) {
                files.discard(received);
                return rejected(name, received.sha256(), "TOO_LARGE", "larger than the limit of " + limit());
            }
            var existing = documents.findBySha256(received.sha256());
            if (existing.isPresent()) {
                files.discard(received);
                return new UploadResult(name, "DUPLICATE", existing.get().id(), received.sha256(),
                        "same content as " + existing.get().fileName() + " (document " + existing.get().id() + "); not stored again", null);
            }
            String type = formats.requireSupported(received.temporary());
            files.keep(received, name);
            long id = documents.insert(received.sha256(), name, type, received.size(), user);
            audit.record(user, "DOCUMENT_UPLOADED", "document", id, Map.of("fileName", name, "sha256", received.sha256()));
            return new UploadResult(name, "STORED", id, received.sha256(), null, null);
        } catch (IngestException e) {
            files.discard(received);
            return rejected(name, received.sha256(), e.reason().name(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }

    /** The limit as configured ("100MB"), not as a byte count. */
    private String limit() {
        long bytes = settings.maxFileSize().toBytes();
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + "MB" : bytes % 1024 == 0 ? (bytes >> 10) + "KB" : bytes + "B";
    }

    private static UploadResult rejected(String name, String sha256, String code, String reason) {
        return new UploadResult(name, "REJECTED", null, sha256, reason, code);
    }
}
