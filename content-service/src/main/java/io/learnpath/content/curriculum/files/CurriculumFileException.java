package io.learnpath.content.curriculum.files;

import java.util.List;

/** Files that cannot be read as a curriculum; each problem names the file and the field. */
public class CurriculumFileException extends RuntimeException {

    private final List<Problem> problems;

    public CurriculumFileException(List<Problem> problems) {
        super("The curriculum files are invalid:\n  " + String.join("\n  ",
                problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as one line: {@code topics/http.md: questions[1].choices must have exactly one right answer}. */
    public List<String> problems() {
        return problems.stream().map(Problem::toString).toList();
    }

    public List<Problem> details() {
        return problems;
    }

    /** @param field the path to the field in the file, or empty when the problem is the whole file */
    public record Problem(String file, String field, String message) {

        @Override
        public String toString() {
            return file + ": " + (field.isEmpty() ? "" : field + " ") + message;
        }
    }
}
