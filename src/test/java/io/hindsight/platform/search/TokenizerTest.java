package io.hindsight.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.platform.search.Tokenizer.Token;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void lowerCasesDropsStopWordsAndStemsCrudely() {
    assertThat(Tokenizer.terms("The pods were evicted from the Nodes"))
        .containsExactly("pod", "evict", "node");
    assertThat(Tokenizer.terms("restore restored restoring")).containsExactly("restor");
    assertThat(Tokenizer.terms("policies status")).containsExactly("policy", "status");
  }

  @Test
  void camelCaseWordsAlsoYieldTheirParts() {
    assertThat(Tokenizer.terms("KubeNodeNotReady"))
        .containsExactly(
            "kubenodenotready", "kube", "kubenod", "node", "nodenot", "not", "notready", "ready");
    assertThat(Tokenizer.terms("NotReady")).containsExactly("notready", "not", "ready");
    assertThat(Tokenizer.terms("HTTPServerDown"))
        .contains("httpserverdown", "http", "server", "down");
  }

  @Test
  void splitsOnAnythingButLettersAndDigitsWithOffsets() {
    assertThat(Tokenizer.tokens("disk-90%, ok"))
        .containsExactly(new Token("disk", 0, 4), new Token("90", 5, 7), new Token("ok", 10, 12));
  }

  @Test
  void keepsUnicodeLettersWhole() {
    assertThat(Tokenizer.terms("Über Köln 节点故障 😀 naïve"))
        .containsExactly("über", "köln", "节点故障", "naïv");
  }
}
