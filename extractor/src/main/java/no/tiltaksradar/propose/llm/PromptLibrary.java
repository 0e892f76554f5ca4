package no.tiltaksradar.propose.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads versioned prompts laid out as {@code <name>/<version>/{system.txt,user.txt,schema.json}}
 * from a folder (the repository's {@code prompts/}) or, when none is given, from the classpath
 * under {@code prompts/}, so a packaged application finds them in its jar.
 */
public final class PromptLibrary {
    private static final String CLASSPATH_ROOT = "prompts/";
    private final Path directory;
    private final ClassLoader classLoader;

    private PromptLibrary(Path directory, ClassLoader classLoader) {
        this.directory = directory;
        this.classLoader = classLoader;
    }

    public static PromptLibrary fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("prompt folder " + directory.toAbsolutePath() + " does not exist");
        }
        return new PromptLibrary(directory, null);
    }

    public static PromptLibrary fromClasspath() {
        return fromClassLoader(PromptLibrary.class.getClassLoader());
    }

    static PromptLibrary fromClassLoader(ClassLoader classLoader) {
        return new PromptLibrary(null, classLoader);
    }

    /** From the folder when one is configured, else from the classpath. */
    public static PromptLibrary of(Path directoryOrNull) {
        return directoryOrNull == null ? fromClasspath() : fromDirectory(directoryOrNull);
    }

    public PromptSet load(String name, String version) {
        String base = name + "/" + version + "/";
        return new PromptSet(name, version, read(base + "system.txt"), read(base + "user.txt"),
                read(base + "schema.json"));
    }

    private String read(String relative) {
        try {
            return directory != null ? Files.readString(directory.resolve(relative)) : readResource(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt file " + where(relative), e);
        }
    }

    private String readResource(String relative) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(CLASSPATH_ROOT + relative)) {
            if (in == null) {
                throw new IOException("not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String where(String relative) {
        return directory != null ? directory.resolve(relative).toString() : "classpath:" + CLASSPATH_ROOT + relative;
    }
}
