package io.digitpad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainingRecipeTest {
    @Test
    void the_paper_recipe_is_the_papers_exactly() {
        TrainingRecipe paper = TrainingRecipe.named("paper");

        assertThat(paper.epochs()).isEqualTo(15);
        assertThat(paper.batchSize()).isEqualTo(128);
        assertThat(paper.learningRate()).isEqualTo(0.001f);
        assertThat(paper.beta1()).isEqualTo(0.9f);
        assertThat(paper.beta2()).isEqualTo(0.999f);
        assertThat(paper.epsilon()).isEqualTo(1e-8f);
        assertThat(paper.schedule()).isEqualTo(TrainingRecipe.Schedule.CONSTANT);
        // Plain categorical cross-entropy on one-hot targets, the last step's weights, all 60,000
        // images as they are.
        assertThat(paper.labelSmoothing()).isZero();
        assertThat(paper.weightAverageDecay()).isZero();
        assertThat(paper.augment()).isFalse();
        assertThat(paper.redrawnDigits()).isZero();
        assertThat(paper.typefaceDigits()).isZero();
        assertThat(paper.nonDigits()).isZero();
        assertThat(paper.validationImages()).isZero();
        assertThat(paper.trainImages()).isZero();
    }

    @Test
    void the_augmented_recipe_keeps_the_papers_optimiser() {
        TrainingRecipe augmented = TrainingRecipe.named("augmented");
        TrainingRecipe paper = TrainingRecipe.paper();

        assertThat(augmented.batchSize()).isEqualTo(paper.batchSize());
        assertThat(augmented.learningRate()).isEqualTo(paper.learningRate());
        assertThat(augmented.beta1()).isEqualTo(paper.beta1());
        assertThat(augmented.beta2()).isEqualTo(paper.beta2());
        assertThat(augmented.epsilon()).isEqualTo(paper.epsilon());
    }

    @Test
    void an_unknown_recipe_names_the_known_ones() {
        assertThatThrownBy(() -> TrainingRecipe.named("fast"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown recipe 'fast': choose paper or augmented");
    }

    @Test
    void label_smoothing_must_leave_the_right_digit_most_of_the_target() {
        assertThatThrownBy(() -> withSmoothing(1f))
                .hasMessageContaining("label smoothing must be in [0, 1)");
        assertThatThrownBy(() -> withSmoothing(-0.1f))
                .hasMessageContaining("label smoothing must be in [0, 1)");
    }

    @Test
    void the_recipes_built_by_name_are_the_settings_they_always_were() {
        // Every component in order, as the positional constructor took them before the builder.
        assertThat(TrainingRecipe.paper())
                .isEqualTo(
                        new TrainingRecipe(
                                "paper",
                                15,
                                128,
                                0.001f,
                                0.9f,
                                0.999f,
                                1e-8f,
                                TrainingRecipe.Schedule.CONSTANT,
                                0,
                                0,
                                false,
                                0,
                                false,
                                0,
                                0,
                                0,
                                0,
                                0,
                                0,
                                42));
        assertThat(TrainingRecipe.augmented())
                .isEqualTo(
                        new TrainingRecipe(
                                "augmented",
                                40,
                                128,
                                0.001f,
                                0.9f,
                                0.999f,
                                1e-8f,
                                TrainingRecipe.Schedule.COSINE,
                                0.999f,
                                0.1f,
                                true,
                                12_000,
                                true,
                                4_800,
                                10_000,
                                6_000,
                                22_000,
                                5_000,
                                0,
                                42));
    }

    @Test
    void a_builder_without_a_required_setting_names_it() {
        assertThatThrownBy(() -> TrainingRecipe.paper().toBuilder().setName(null).build())
                .hasMessage("a training recipe needs its name");
        assertThatThrownBy(() -> TrainingRecipe.builder().setName("bare").build())
                .hasMessage("a training recipe needs its epochs");
    }

    private static TrainingRecipe withSmoothing(float smoothing) {
        return TrainingRecipe.augmented().toBuilder().optLabelSmoothing(smoothing).build();
    }
}
