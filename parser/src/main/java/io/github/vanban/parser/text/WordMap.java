package io.github.vanban.parser.text;

/**
 * A small open-addressing map from words to values that is looked up by a region of text as
 * well as by a whole string, so that a word inside a longer string or a character buffer is
 * found without first copying it into a string of its own; the word tables of the stages (the
 * gazetteer's vocabulary, the time words) are held in it. Filled once while a table is built
 * and only read afterwards; it is not safe to {@link #put} while other threads read.
 *
 * @param <V> the values
 */
public final class WordMap<V> {
  private String[] keys = new String[4];
  /** The characters of each key, for comparing with a buffer. */
  private char[][] chars = new char[4][];
  /**
   * The {@link #stored} hash of each key, 0 in an empty slot: a probe reads this one array
   * until a hash matches, and the keys only then.
   */
  private int[] hashes = new int[4];
  private Object[] values = new Object[4];
  private int size;
  /** Bit k set when some key has k characters (k < 64), bit 63 also for longer keys. */
  private long lengths;

  /** Adds or replaces the value of {@code key}; builder use only. */
  public void put(String key, V value) {
    if ((size + 1) * 2 > keys.length) { // at most half full: short probe runs
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key.hashCode()) & mask;
    while (hashes[i] != 0) {
      if (keys[i].equals(key)) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    lengths |= 1L << Math.min(key.length(), 63);
    chars[i] = key.toCharArray();
    hashes[i] = stored(key.hashCode());
    values[i] = value;
    size++;
  }

  /**
   * The value of {@code key}, or null. Its own probe, not {@link #get(String, int, int, int)} of
   * the whole key: the tries look up the vocabulary's own strings, which the identity test and
   * {@link String#equals} compare faster than a region match (delegating made the whole
   * extraction 3-6 % slower at the median in two same-JVM runs).
   */
  @SuppressWarnings("unchecked")
  public V get(String key) {
    int h = key.hashCode();
    int sh = stored(h);
    int mask = hashes.length - 1;
    int i = mix(h) & mask;
    int x;
    while ((x = hashes[i]) != 0) {
      if (x == sh) {
        String k = keys[i];
        if (k == key || k.equals(key)) {
          return (V) values[i];
        }
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** The value of the word {@code s[from, to)}, or null. */
  public V get(String s, int from, int to) {
    return get(s, from, to, hash(s, from, to));
  }

  /**
   * Whether some key may have {@code length} characters: false means no word of that length
   * is present, a test that spares the lookups of cut words ({@link TokenTrie}).
   */
  public boolean mayHoldLength(int length) {
    return (lengths & (1L << Math.min(length, 63))) != 0;
  }

  /** {@link String#hashCode} of {@code s[from, to)} without copying it. */
  public static int hash(String s, int from, int to) {
    int h = 0;
    for (int p = from; p < to; p++) {
      h = 31 * h + s.charAt(p);
    }
    return h;
  }

  /** The value of the word {@code s[from, to)} whose {@link String#hashCode} is {@code h}, or null. */
  @SuppressWarnings("unchecked")
  public V get(String s, int from, int to, int h) {
    int len = to - from;
    int sh = stored(h);
    int mask = hashes.length - 1;
    int i = mix(h) & mask;
    int x;
    while ((x = hashes[i]) != 0) {
      if (x == sh) {
        String k = keys[i];
        if (k.length() == len && s.regionMatches(from, k, 0, len)) {
          return (V) values[i];
        }
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /**
   * The value of the word {@code buf[from, to)} whose {@link String#hashCode} is {@code h}, or
   * null: a tokenizer that folds a word into a buffer computes its hash as it goes.
   */
  @SuppressWarnings("unchecked")
  public V get(char[] buf, int from, int to, int h) {
    int sh = stored(h);
    int mask = hashes.length - 1;
    int i = mix(h) & mask;
    int x;
    while ((x = hashes[i]) != 0) {
      if (x == sh && sameChars(chars[i], buf, from, to)) {
        return (V) values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /**
   * Whether {@code key} holds the characters of {@code buf[from, to)}: a loop, since words are
   * a few characters long and {@link java.util.Arrays#equals(char[], int, int, char[], int,
   * int)} pays range checks and a vectorised call for each.
   */
  private static boolean sameChars(char[] key, char[] buf, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int k = 0; k < key.length; k++) {
      if (key[k] != buf[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code key} is present. */
  public boolean containsKey(String key) {
    return get(key) != null;
  }

  /** Calls {@code f} with every value. */
  @SuppressWarnings("unchecked")
  public void forEachValue(java.util.function.Consumer<? super V> f) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        f.accept((V) values[i]);
      }
    }
  }

  /** Calls {@code f} with every key. */
  public void forEachKey(java.util.function.Consumer<String> f) {
    for (String k : keys) {
      if (k != null) {
        f.accept(k);
      }
    }
  }

  private void grow() {
    String[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    chars = new char[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        @SuppressWarnings("unchecked")
        V v = (V) oldValues[i];
        put(oldKeys[i], v);
      }
    }
  }

  /** The hash kept for a key whose {@link String#hashCode} is {@code h}: never 0, the mark of an empty slot. */
  private static int stored(int h) {
    return h == 0 ? 1 : h;
  }

  /** Spreads the bits of a string hash (Fibonacci hashing), so that short words do not cluster. */
  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 15);
  }

}
