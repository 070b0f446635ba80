"""`#if 0` blocks: the lines the C preprocessor leaves out (source/preprocessor.py)."""

from __future__ import annotations

from qready.detectors.source.preprocessor import compiled_out


def test_a_block_runs_from_if_zero_to_its_endif_over_nested_conditionals() -> None:
    data = b"int a;\n#if 0\n#ifdef X\nint b;\n#endif\nint c;\n#endif\nint d;\n"
    assert compiled_out(data) == [(2, 7)]


def test_the_else_and_elif_branches_are_compiled() -> None:
    data = (
        b"#if 0\nold();\n#else\nnew();\n#endif\n#  if (0) /* off */\nx();\n#elif defined(Y)\ny();\n#endif\n"
    )
    assert compiled_out(data) == [(1, 3), (6, 8)]


def test_an_if_zero_inside_a_block_is_part_of_it() -> None:
    data = b"#if 0\na();\n#if 0\nb();\n#else\nc();\n#endif\nd();\n#endif\ne();\n"
    assert compiled_out(data) == [(1, 9)]


def test_other_conditions_and_files_without_one_leave_nothing_out() -> None:
    assert compiled_out(b"#if 01\nx();\n#endif\n#if X == 0\ny();\n#endif\n#ifdef ZERO\nz();\n#endif\n") == []
    assert compiled_out(b"int main(void) { return 0; }\n") == []


def test_an_unclosed_block_runs_to_the_end() -> None:
    assert compiled_out(b"a();\n#if 0\nb();\nc();") == [(2, 4)]
