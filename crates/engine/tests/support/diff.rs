//! A line diff for the checker's expected texts: on a mismatch only the lines that differ are
//! printed, with a few lines around them, `-` for what was expected and `+` for what the
//! checker prints now. Written for small texts (an `expected.txt` is a few dozen lines).

use std::fmt::Write;

/// Unchanged lines shown before and after each change.
const CONTEXT: usize = 3;
/// Past this many cells, the table of common lines would be too large: every line of the
/// differing middle is shown as removed then added.
const MOST_CELLS: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Edit {
    Same,
    Removed,
    Added,
}

/// The hunks that turn `expected` into `got`, each headed `@@ -line,count +line,count @@`;
/// empty when they are equal.
pub fn lines(expected: &str, got: &str) -> String {
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = got.split_inclusive('\n').collect();
    let edits = edits(&old, &new);
    let mut out = String::new();
    let changed: Vec<usize> = (0..edits.len()).filter(|&i| edits[i] != Edit::Same).collect();
    let mut next = 0;
    while next < changed.len() {
        // A hunk runs from its first change to the last one less than two contexts from the next.
        let first = changed[next];
        while next + 1 < changed.len() && changed[next + 1] - changed[next] <= 2 * CONTEXT {
            next += 1;
        }
        let (start, end) = (first.saturating_sub(CONTEXT), (changed[next] + CONTEXT + 1).min(edits.len()));
        hunk(&mut out, &edits, start..end, &old, &new);
        next += 1;
    }
    out
}

/// Writes the edits of `range` with their lines and a header numbering them from 1.
fn hunk(out: &mut String, edits: &[Edit], range: std::ops::Range<usize>, old: &[&str], new: &[&str]) {
    let count = |edits: &[Edit], side: Edit| edits.iter().filter(|&&e| e == Edit::Same || e == side).count();
    let (old_at, new_at) = (count(&edits[..range.start], Edit::Removed), count(&edits[..range.start], Edit::Added));
    let (old_len, new_len) = (count(&edits[range.clone()], Edit::Removed), count(&edits[range.clone()], Edit::Added));
    let _ = writeln!(out, "@@ -{},{old_len} +{},{new_len} @@", old_at + 1, new_at + 1);
    let (mut o, mut n) = (old_at, new_at);
    for &edit in &edits[range] {
        let (sign, line) = match edit {
            Edit::Same => (' ', old[o]),
            Edit::Removed => ('-', old[o]),
            Edit::Added => ('+', new[n]),
        };
        if edit != Edit::Added {
            o += 1;
        }
        if edit != Edit::Removed {
            n += 1;
        }
        match line.strip_suffix('\n') {
            Some(line) => {
                let _ = writeln!(out, "{sign}{line}");
            }
            None => {
                let _ = writeln!(out, "{sign}{line}\n\\ no newline at the end");
            }
        }
    }
}

/// The shortest edits from `old` to `new`: common lines kept (a longest common subsequence),
/// the rest removed or added, removals first.
fn edits(old: &[&str], new: &[&str]) -> Vec<Edit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (a, b) = (&old[prefix..old.len() - suffix], &new[prefix..new.len() - suffix]);
    let mut edits = vec![Edit::Same; prefix];
    if a.len() * b.len() > MOST_CELLS {
        edits.extend(std::iter::repeat_n(Edit::Removed, a.len()));
        edits.extend(std::iter::repeat_n(Edit::Added, b.len()));
    } else {
        // common[i][j]: how many lines `a[i..]` and `b[j..]` have in common, in order.
        let width = b.len() + 1;
        let mut common = vec![0u32; (a.len() + 1) * width];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                common[i * width + j] = if a[i] == b[j] {
                    common[(i + 1) * width + j + 1] + 1
                } else {
                    common[(i + 1) * width + j].max(common[i * width + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if i < a.len() && j < b.len() && a[i] == b[j] {
                edits.push(Edit::Same);
                (i, j) = (i + 1, j + 1);
            } else if j == b.len() || (i < a.len() && common[(i + 1) * width + j] >= common[i * width + j + 1]) {
                edits.push(Edit::Removed);
                i += 1;
            } else {
                edits.push(Edit::Added);
                j += 1;
            }
        }
    }
    edits.extend(std::iter::repeat_n(Edit::Same, suffix));
    edits
}

#[test]
fn a_diff_shows_the_changed_lines_with_three_around_them() {
    let expected: String = (1..=20).map(|i| format!("line {i}\n")).collect();
    let got = expected.replace("line 5\n", "line five\n").replace("line 17\n", "").replace("line 20\n", "line 20");
    assert_eq!(lines(&expected, &expected), "");
    assert_eq!(
        lines(&expected, &got),
        "@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n\
         @@ -14,7 +14,6 @@\n line 14\n line 15\n line 16\n-line 17\n line 18\n line 19\n-line 20\n\
         +line 20\n\\ no newline at the end\n"
    );
    assert_eq!(lines("", "a\n"), "@@ -1,0 +1,1 @@\n+a\n");
}
