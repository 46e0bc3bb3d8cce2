package io.learnpath.sample.intake;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** How other features ask about courses: through a service, never through intake's repository. */
@Service
public class CourseDirectory {

    private final CourseCatalog catalog;

    CourseDirectory(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    public Optional<String> title(UUID courseId) {
        return catalog.title(courseId);
    }
}
