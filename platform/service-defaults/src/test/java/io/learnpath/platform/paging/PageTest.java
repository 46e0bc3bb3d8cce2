package io.learnpath.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anAbsentPageOrSizeTakesTheDefaults() {
        PageQuery query = new PageQuery(null, null);

        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(PageQuery.DEFAULT_SIZE).isEqualTo(20);
    }

    @Test
    void theOffsetDoesNotOverflowFarPastTheEnd() {
        assertThat(new PageQuery(3, 20).offset()).isEqualTo(60);
        assertThat(new PageQuery(Integer.MAX_VALUE, 100).offset()).isEqualTo(214_748_364_700L);
    }

    @Test
    void pageFromZeroAndSizeFromOneToOneHundredAreValid() {
        assertThat(VALIDATOR.validate(new PageQuery(0, 1))).isEmpty();
        assertThat(VALIDATOR.validate(new PageQuery(7, PageQuery.MAX_SIZE))).isEmpty();
        assertThat(violatedFields(new PageQuery(-1, 20))).containsExactly("page");
        assertThat(violatedFields(new PageQuery(0, 0))).containsExactly("size");
        assertThat(violatedFields(new PageQuery(0, 101))).containsExactly("size");
    }

    @Test
    void countsWholePagesRoundingUp() {
        PageQuery query = new PageQuery(1, 10);

        assertThat(Page.of(List.of("k"), query, 0).totalPages()).isZero();
        assertThat(Page.of(List.of("k"), query, 10).totalPages()).isEqualTo(1);
        assertThat(Page.of(List.of("k"), query, 11).totalPages()).isEqualTo(2);
        Page<String> page = Page.of(List.of("k"), query, 25);
        assertThat(page).isEqualTo(new Page<>(List.of("k"), 1, 10, 25, 3));
    }

    @Test
    void keepsItsOwnCopyOfTheItems() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(items, PageQuery.first(5), 1);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapsItemsAndKeepsThePaging() {
        Page<Integer> lengths = Page.of(List.of("git", "docker"), new PageQuery(2, 2), 6).map(String::length);

        assertThat(lengths).isEqualTo(new Page<>(List.of(3, 6), 2, 2, 6, 3));
    }

    private static List<String> violatedFields(PageQuery query) {
        return VALIDATOR.validate(query).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .toList();
    }
}
