package io.hindsight.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageWindowTest {

  @Test
  void theSecondPageOfFiftyShowsRows51To100() {
    PageWindow window = new PageWindow(2, 50, 1204);
    assertThat(window.offset()).isEqualTo(50);
    assertThat(window.range()).isEqualTo("51–100 of 1,204");
    assertThat(window.pages()).isEqualTo(25);
    assertThat(window.hasPrevious()).isTrue();
    assertThat(window.hasNext()).isTrue();
  }

  @Test
  void theLastPageShowsWhatIsLeftAndHasNoNext() {
    PageWindow window = new PageWindow(25, 50, 1204);
    assertThat(window.range()).isEqualTo("1,201–1,204 of 1,204");
    assertThat(window.hasNext()).isFalse();
    assertThat(window.exists()).isTrue();
  }

  @Test
  void anEmptyListHasOneEmptyPage() {
    PageWindow window = new PageWindow(1, 50, 0);
    assertThat(window.exists()).isTrue();
    assertThat(window.range()).isEqualTo("0 of 0");
    assertThat(window.hasPrevious()).isFalse();
    assertThat(window.hasNext()).isFalse();
  }

  @Test
  void aPagePastTheEndDoesNotExistAndShowsNothing() {
    PageWindow window = new PageWindow(4, 50, 120);
    assertThat(window.pages()).isEqualTo(3);
    assertThat(window.exists()).isFalse();
    assertThat(window.hasPrevious()).isFalse();
    assertThat(window.range()).isEqualTo("0 of 120");
  }

  @Test
  void pagesCountFromOne() {
    assertThatThrownBy(() -> new PageWindow(0, 50, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PageWindow(1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
