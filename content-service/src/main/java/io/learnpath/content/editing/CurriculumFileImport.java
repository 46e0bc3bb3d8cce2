package io.learnpath.content.editing;

import io.learnpath.content.ContentProperties;
import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.files.CurriculumFiles;
import io.learnpath.content.publishing.CurriculumPublisher;
import io.learnpath.content.publishing.Publication;
import io.learnpath.content.publishing.Release;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Content as code: at start-up, the curriculum files ({@code learnpath.content.curriculum-location}, the jar's
 * {@code curriculum/} by default) are read, checked, and, when they differ from the files imported last, made the
 * draft and published as a release. A change to the files is therefore a change to the roadmaps on the next
 * deployment; a broken file stops the service with a message naming the file and the field (and fails the build
 * before that: {@code RepositoryCurriculumTest}). Files win over editors' unpublished changes, which is why editors
 * export their draft into the repository.
 *
 * <p>The check of "imported already?" is made under the publishing lock, so instances starting together import
 * the files once.
 */
@Component
class CurriculumFileImport implements ApplicationRunner {

    static final String IMPORTER = "curriculum-files";

    private static final Logger log = LoggerFactory.getLogger(CurriculumFileImport.class);

    private final ContentProperties properties;
    private final DraftWorkspace draft;
    private final CurriculumPublisher publisher;
    private final TransactionTemplate transactions;

    CurriculumFileImport(ContentProperties properties, DraftWorkspace draft, CurriculumPublisher publisher,
            TransactionTemplate transactions) {
        this.properties = properties;
        this.draft = draft;
        this.publisher = publisher;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        importFiles(CurriculumFolder.read(properties.curriculumLocation()));
    }

    /** @return the release made from the files, or empty when these files were imported already */
    Optional<Release> importFiles(Map<String, String> files) {
        Curriculum curriculum = CurriculumFiles.read(files);
        String hash = hash(files);
        return transactions.execute(status -> {
            publisher.lockForPublishing();
            if (publisher.lastImportedFilesHash().filter(hash::equals).isPresent()) {
                log.info("Curriculum files unchanged since the last import ({} files)", files.size());
                return Optional.<Release>empty();
            }
            draft.replaceWithFiles(curriculum, IMPORTER);
            Release release = publisher.publish(curriculum, new Publication(Publication.Source.FILES, IMPORTER,
                    "Imported from the curriculum files", hash, Map.of(), "removed from the curriculum files"));
            log.info("Curriculum files imported as release {}: {} roadmap version(s)", release.number(),
                    release.roadmaps().size());
            return Optional.of(release);
        });
    }

    static String hash(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, content) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
