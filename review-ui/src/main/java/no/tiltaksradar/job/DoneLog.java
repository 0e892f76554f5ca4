package no.tiltaksradar.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the sidecar of a {@link ResultsFile}: one line per finished document,
 * {@code sha256 TAB file name TAB output bytes after it}. A line cut short by a kill is dropped
 * from the file, so the document it named counts as unfinished.
 */
final class DoneLog {

    /**
     * @param finished sha256 to file name of every finished document
     * @param committedBytes length of the output after the last finished document; -1 when an older
     *                       sidecar does not say
     */
    record Content(Map<String, String> finished, long committedBytes) {
    }

    private DoneLog() {
    }

    static Content read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        channel.read(buffer, 0);
        String text = new String(buffer.array(), StandardCharsets.UTF_8);
        int complete = text.lastIndexOf('\n') + 1;
        if (complete < text.length()) {
            channel.truncate(text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length);
        }
        Map<String, String> finished = new LinkedHashMap<>();
        long committed = 0;
        for (String line : text.substring(0, complete).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            finished.put(fields[0], fields.length > 1 ? fields[1] : "");
            committed = fields.length > 2 && fields[2].strip().matches("\\d{1,18}") ? Long.parseLong(fields[2].strip()) : -1;
        }
        return new Content(finished, committed);
    }
}
