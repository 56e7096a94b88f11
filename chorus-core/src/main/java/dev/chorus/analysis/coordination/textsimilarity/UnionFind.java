package dev.chorus.analysis.coordination.textsimilarity;

/** Disjoint sets over 0..n-1 with path halving and union by size; roots depend only on the order of unions, so runs are reproducible. */
final class UnionFind {
  private final int[] parent;
  private final int[] size;

  UnionFind(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    // Union by size keeps trees shallow; the smaller root index wins ties so roots are reproducible.
    if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }
}
