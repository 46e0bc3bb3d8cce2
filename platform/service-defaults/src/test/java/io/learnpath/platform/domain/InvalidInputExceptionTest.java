package io.learnpath.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void namesOneFieldInTheSingular() {
        InvalidInputException invalid = new InvalidInputException("password", "must differ from the email");

        assertThat(invalid.getMessage()).isEqualTo("password is invalid");
        assertThat(invalid.errors()).containsExactly(new FieldError("password", "must differ from the email"));
    }

    @Test
    void namesSeveralFieldsSortedAndOnceEach() {
        InvalidInputException invalid = new InvalidInputException(List.of(
                new FieldError("password", "too short"),
                new FieldError("email", "not an address"),
                new FieldError("password", "must differ from the email")));

        assertThat(invalid.getMessage()).isEqualTo("email, password are invalid");
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("email", "password", "password");
    }

    @Test
    void keepsTheOrderOfErrorsOnTheSameField() {
        List<FieldError> sorted = InvalidInputException.sortedByField(List.of(
                new FieldError("b", "first"), new FieldError("a", "x"), new FieldError("b", "second")));

        assertThat(sorted).containsExactly(new FieldError("a", "x"), new FieldError("b", "first"),
                new FieldError("b", "second"));
    }

    @Test
    void aSummaryOfNothingSaysTheRequestIsInvalid() {
        assertThat(InvalidInputException.summary(List.of())).isEqualTo("The request is invalid");
    }

    @Test
    void mustNameAtLeastOneField() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsErrorsCannotBeChangedAfterwards() {
        InvalidInputException invalid = new InvalidInputException("email", "taken");

        assertThatThrownBy(() -> invalid.errors().add(new FieldError("x", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
