package io.learnpath.content.catalog.web;

import io.learnpath.content.curriculum.Difficulty;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** {@code ?difficulty=beginner} as the files and JSON write it; Spring's default would want BEGINNER. */
@Component
class DifficultyParameter implements Converter<String, Difficulty> {

    @Override
    public Difficulty convert(String value) {
        return Difficulty.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
