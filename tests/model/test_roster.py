"""The paste parser for the participant list: messy e-mail and spreadsheet input becomes preview rows."""

import dataclasses

import pytest

from facilitator.model.roster import RosterRow, duplicate_names, parse_roster
from facilitator.model.types import Department

M, S, OTH = Department.MARKETING, Department.SALES, Department.OTHER


def names(text: str) -> list[str]:
    return [row.name for row in parse_roster(text)]


def one(text: str) -> RosterRow:
    rows = parse_roster(text)
    assert len(rows) == 1, rows
    return rows[0]


# -- rows and lines -----------------------------------------------------------------------------------


def test_row_is_a_frozen_value_with_an_empty_warning_by_default():
    row = RosterRow(name="Ruud", department=None, role="", signs=False, line=1)
    assert row.warning == ""
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.name = "Zoë"  # type: ignore[misc]


def test_empty_and_blank_input_gives_no_rows():
    assert parse_roster("") == []
    assert parse_roster(" \n\t\n\u00a0\r\n") == []


def test_plain_names_one_per_line_with_line_numbers_counting_blank_lines():
    rows = parse_roster("Ruud Bakker\n\n   \nZoë de Bruijn\n")
    assert [(r.name, r.line) for r in rows] == [("Ruud Bakker", 1), ("Zoë de Bruijn", 4)]
    assert all(r.department is None and r.role == "" and r.signs is False and r.warning == "" for r in rows)


def test_crlf_and_old_mac_line_ends():
    assert [(r.name, r.line) for r in parse_roster("Ruud Bakker\r\nZoë de Bruijn\r\n\r\nPieter Smit")] == [
        ("Ruud Bakker", 1), ("Zoë de Bruijn", 2), ("Pieter Smit", 4)]
    assert [(r.name, r.line) for r in parse_roster("Ruud Bakker\rZoë de Bruijn\r")] == [
        ("Ruud Bakker", 1), ("Zoë de Bruijn", 2)]


def test_bom_at_the_start_is_ignored():
    row = one("\ufeffRuud Bakker\tSales")
    assert row.name == "Ruud Bakker"
    assert row.department is S


def test_bom_does_not_hide_a_header_row():
    assert names("\ufeffNaam\tAfdeling\nRuud Bakker\tVerkoop") == ["Ruud Bakker"]


def test_outer_spaces_and_nbsp_are_trimmed_and_inner_runs_collapsed():
    assert one("  \u00a0Ruud \u00a0  Bakker\u00a0 \t ").name == "Ruud Bakker"
    assert one("Zoë\u202fde   Bruijn").name == "Zoë de Bruijn"


def test_nbsp_is_not_a_column_separator():
    row = one("Ruud\u00a0Bakker\u00a0Sales")
    assert row.name == "Ruud Bakker Sales"
    assert row.department is None


# -- separators -------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Ruud Bakker\tSales\tAccountmanager\tja",
    "Ruud Bakker;Sales;Accountmanager;ja",
    "Ruud Bakker | Sales | Accountmanager | ja",
    "Ruud Bakker, Sales, Accountmanager, ja",
    " Ruud Bakker ;  Sales ; Accountmanager ; ja ",
])
def test_each_separator_gives_the_same_row(line):
    row = one(line)
    assert (row.name, row.department, row.role, row.signs) == ("Ruud Bakker", S, "Accountmanager", True)


def test_tab_wins_over_semicolon_pipe_and_comma():
    row = one("Bakker; Ruud | R.\tMarketing\tHead of content, events, web")
    assert row.name == "Bakker; Ruud | R."
    assert row.department is M
    assert row.role == "Head of content, events, web"


def test_semicolon_wins_over_pipe_and_comma():
    row = one("Ruud Bakker;Sales;Inside sales | key accounts, NL")
    assert row.role == "Inside sales | key accounts, NL"


def test_pipe_wins_over_comma():
    row = one("Ruud Bakker | Marketing | Content, events and web")
    assert (row.name, row.department, row.role) == ("Ruud Bakker", M, "Content, events and web")


def test_markdown_table_with_header_and_rule():
    text = "| Naam | Afdeling | Functie |\n|------|----------|---------|\n| Ruud Bakker | Verkoop | Accountmanager |\n"
    rows = parse_roster(text)
    assert [(r.name, r.department, r.role, r.line) for r in rows] == [("Ruud Bakker", S, "Accountmanager", 3)]


def test_empty_spreadsheet_columns_and_rows_are_skipped():
    rows = parse_roster("Ruud Bakker\t\t\tSales\t\n;;;\n\t\t\nZoë de Bruijn;;Marketing;;\n")
    assert [(r.name, r.department, r.line) for r in rows] == [("Ruud Bakker", S, 1), ("Zoë de Bruijn", M, 4)]


def test_one_comma_is_part_of_the_text_unless_a_later_field_is_a_department():
    assert one("Ruud Bakker, Sales").department is S
    assert one("Ruud Bakker, Sales").name == "Ruud Bakker"
    kept = one("Ruud Bakker, accountmanager")
    assert (kept.name, kept.department, kept.role) == ("Ruud Bakker, accountmanager", None, "")


def test_two_commas_always_separate():
    row = one("Ruud Bakker, Accountmanager, tekent")
    assert (row.name, row.role, row.signs, row.department) == ("Ruud Bakker", "Accountmanager", True, None)


def test_quoted_csv_field_keeps_its_comma_and_is_read_as_last_first():
    row = one('"Bakker, Ruud",Sales,"Accountmanager, regio Noord"')
    assert (row.name, row.department, row.role) == ("Ruud Bakker", S, "Accountmanager, regio Noord")


def test_a_stray_quote_does_not_swallow_the_rest_of_the_line():
    row = one('Ruud Bakker\t27" monitor fan\tSales')
    assert (row.name, row.department, row.role) == ("Ruud Bakker", S, '27" monitor fan')


# -- "Last, First" ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("Bakker, Ruud", "Ruud Bakker"),
    ("  Bakker ,   Ruud  ", "Ruud Bakker"),
    ("van den Berg, Anna", "Anna van den Berg"),
    ("Van den Berg, Anna", "Anna Van den Berg"),
    ("Berg, Anna van den", "Anna van den Berg"),
    ("Bruijn, Zoë de", "Zoë de Bruijn"),
    ("Müller-Lüdenscheidt, Jörg", "Jörg Müller-Lüdenscheidt"),
    ("Bakker, R.", "R. Bakker"),
])
def test_last_comma_first_is_turned_around(line, expected):
    assert one(line).name == expected


@pytest.mark.parametrize("line", [
    "Ruud Bakker, MBA ing",        # two words before the comma, no prefix
    "Stroomhof, afdeling inkoop",  # more than one word after the comma
    "Bakker, 2e lijn",             # not a name word
])
def test_comma_names_that_do_not_look_like_last_first_stay_as_typed(line):
    assert one(line).name == line


def test_last_first_is_not_turned_around_on_a_separated_line():
    # Per the rule: only a line with one comma and no other separators.
    row = one("Bakker, Ruud\tSales")
    assert row.name == "Bakker, Ruud"
    assert row.department is S


# -- columns: name, department, signs, role ------------------------------------------------------------


def test_spreadsheet_paste_with_dutch_header():
    text = (
        "Naam\tAfdeling\tFunctie\tTekent\r\n"
        "Ruud Bakker\tVerkoop\tAccountmanager\tja\r\n"
        "Zoë de Bruijn\tMarketing\tMarketingmanager\tnee\r\n"
        "Noël Çelik\tDirectie\tAlgemeen directeur\tJa\r\n"
        "Pieter Smit\tBinnendienst\t\t\r\n"
    )
    rows = parse_roster(text)
    assert [(r.name, r.department, r.role, r.signs, r.line) for r in rows] == [
        ("Ruud Bakker", S, "Accountmanager", True, 2),
        ("Zoë de Bruijn", M, "Marketingmanager", False, 3),
        ("Noël Çelik", OTH, "Algemeen directeur", True, 4),
        ("Pieter Smit", S, "", False, 5),
    ]


@pytest.mark.parametrize(("word", "department"), [
    ("marketing", M), ("MKT", M), ("Marcom", M), ("communicatie", M), ("Communication", M),
    ("sales", S), ("Verkoop", S), ("account management", S), ("Account  Management", S), ("accountmanagement", S),
    ("inside sales", S), ("binnendienst", S), ("Buitendienst", S), ("commercie", S), ("commercieel", S),
    ("other", OTH), ("overig", OTH), ("anders", OTH), ("Management", OTH), ("DIRECTIE", OTH), ("director", OTH),
    ("board", OTH), ("finance", OTH), ("Financiën", OTH), ("financien", OTH), ("product", OTH), ("R&D", OTH), ("IT", OTH),
    ("hr", OTH),
])
def test_department_words(word, department):
    row = one(f"Ruud Bakker\t{word}")
    assert row.department is department
    assert row.name == "Ruud Bakker"
    assert row.role == ""


def test_department_word_counts_only_as_a_whole_field():
    row = one("Ruud Bakker\tSales director")
    assert row.department is None
    assert row.role == "Sales director"


def test_department_before_the_name_does_not_become_the_name():
    row = one("Verkoop\tRuud Bakker\tAccountmanager")
    assert (row.name, row.department, row.role) == ("Ruud Bakker", S, "Accountmanager")


def test_a_second_department_word_is_kept_as_the_role():
    row = one("Ruud Bakker\tSales\tAccount management")
    assert (row.department, row.role) == (S, "Account management")


@pytest.mark.parametrize("word", ["yes", "Ja", "y", "J", "x", "X", "true", "TRUE", "1", "✓", "✔", "signs",
                                  "Tekent", "signatory", "ondertekenaar"])
def test_yes_words_set_signs(word):
    row = one(f"Ruud Bakker\tSales\t{word}")
    assert row.signs is True
    assert row.role == ""


@pytest.mark.parametrize("word", ["no", "Nee", "n", "false", "0", "-"])
def test_no_words_leave_signs_false_and_are_not_a_role(word):
    row = one(f"Ruud Bakker\tSales\t{word}")
    assert row.signs is False
    assert row.role == ""
    assert row.name == "Ruud Bakker"


def test_only_the_first_remaining_field_becomes_the_role():
    row = one("Ruud Bakker\tSales\tAccountmanager\tRegio Noord\tsinds 2019")
    assert row.role == "Accountmanager"


def test_a_leading_row_number_is_not_the_name_nor_a_signature():
    row = one("1\tRuud Bakker\tSales")
    assert (row.name, row.signs) == ("Ruud Bakker", False)


def test_list_bullets_and_numbers_are_dropped():
    assert names("- Ruud Bakker\n•\u00a0Zoë de Bruijn\n3. Pieter Smit\n") == ["Ruud Bakker", "Zoë de Bruijn", "Pieter Smit"]


def test_department_in_parentheses_after_the_name():
    row = one("Ruud Bakker (verkoop)")
    assert (row.name, row.department) == ("Ruud Bakker", S)
    assert one("Ruud Bakker (Stroomhof)").name == "Ruud Bakker (Stroomhof)"


# -- header row ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "Name\tDepartment\tRole\tSigns",
    "naam;afdeling;rol;tekent",
    "NAAM | FUNCTIE | E-mail",
    "Name, Email",
    "Naam\tOndertekent\temail",
    "Naam",
])
def test_header_row_is_skipped(header):
    rows = parse_roster(f"\n  \n{header}\nRuud Bakker\n")
    assert [(r.name, r.line) for r in rows] == [("Ruud Bakker", 4)]


def test_only_the_first_non_blank_line_can_be_a_header():
    rows = parse_roster("Ruud Bakker\nNaam\tAfdeling\n")
    assert [r.name for r in rows] == ["Ruud Bakker", "Naam"]


def test_a_first_line_with_a_name_is_not_a_header():
    assert names("Naam Bakker\nZoë de Bruijn") == ["Naam Bakker", "Zoë de Bruijn"]


# -- e-mail ------------------------------------------------------------------------------------------------


def test_display_name_and_address():
    row = one("Ruud Bakker <ruud.bakker@stroomhof.nl>")
    assert (row.name, row.department, row.role, row.warning) == ("Ruud Bakker", None, "", "")


@pytest.mark.parametrize(("line", "expected"), [
    ("ruud.bakker@stroomhof.nl", "Ruud Bakker"),
    ("ruud_bakker@x.nl", "Ruud Bakker"),
    ("ruud-bakker@x.nl", "Ruud Bakker"),
    ("  RUUD.BAKKER@X.NL  ", "Ruud Bakker"),
    ("zoe.de.bruijn@x.nl", "Zoe de Bruijn"),
    ("anna.van.den.berg@x.nl", "Anna van den Berg"),
    ("van.dijk@x.nl", "Van Dijk"),
    ("jan.van@x.nl", "Jan Van"),  # a last part is the surname, even when it is also a prefix
    ("<ruud.bakker@x.nl>", "Ruud Bakker"),
    ("mailto:ruud.bakker@x.nl", "Ruud Bakker"),
])
def test_address_only_lines_get_a_name_from_the_local_part(line, expected):
    row = one(line)
    assert row.name == expected
    assert row.warning == ""


def test_quoted_last_first_display_name():
    assert one('"Bakker, Ruud" <ruud@x.nl>').name == "Ruud Bakker"
    assert one("“Bruijn, Zoë de” <zoe@x.nl>").name == "Zoë de Bruijn"


def test_email_column_is_not_the_name():
    row = one("ruud.bakker@x.nl\tR. Bakker\tSales")
    assert (row.name, row.department, row.role) == ("R. Bakker", S, "")


def test_email_column_only_names_the_person_when_no_other_text_is_given():
    row = one("ruud.bakker@stroomhof.nl;Verkoop;ja")
    assert (row.name, row.department, row.role, row.signs) == ("Ruud Bakker", S, "", True)
    # Any text field wins over the address, even one that reads like a job title.
    assert one("ruud.bakker@stroomhof.nl;Verkoop;Accountmanager").name == "Accountmanager"


def test_outlook_one_liner_gives_one_person_per_address():
    text = ('Ruud Bakker <ruud.bakker@stroomhof.nl>; "Bruijn, Zoë de" <zoe@stroomhof.nl>; '
            "pieter.smit@stroomhof.nl; Çelik, Noël <n.celik@stroomhof.nl>;")
    rows = parse_roster("\n" + text)
    assert [(r.name, r.line) for r in rows] == [
        ("Ruud Bakker", 2), ("Zoë de Bruijn", 2), ("Pieter Smit", 2), ("Noël Çelik", 2)]
    assert all(r.department is None and r.warning == "" for r in rows)


def test_outlook_one_liner_with_commas():
    rows = parse_roster("ruud@x.nl, zoe.de.bruijn@x.nl, Pieter Smit <p@x.nl>")
    assert [r.name for r in rows] == ["Ruud", "Zoe de Bruijn", "Pieter Smit"]


def test_a_spreadsheet_row_with_two_addresses_is_one_person():
    rows = parse_roster("Ruud Bakker\truud@stroomhof.nl\truud.bakker@gmail.com\tSales")
    assert [(r.name, r.department) for r in rows] == [("Ruud Bakker", S)]


# -- names: accents, scripts, length, missing ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["Zoë de Bruijn", "Noël Çelik", "Müller-Lüdenscheidt", "Guðrún Ólafsdóttir",
                                  "אברהם כהן", "محمد العلي", "Łukasz Żółć", "O'Brien", "José María Núñez"])
def test_accented_and_right_to_left_names_are_kept_exactly(name):
    row = one(f"  {name}\tSales  ")
    assert row.name == name
    assert row.department is S


def test_bidi_marks_around_a_department_word_do_not_hide_it():
    row = one("אברהם כהן\t\u200fSales\u200f")
    assert (row.name, row.department) == ("אברהם כהן", S)


def test_decomposed_accents_are_not_rewritten():
    decomposed = "Zoe\u0308 de Bruijn"
    assert one(decomposed).name == decomposed


def test_a_300_character_name_is_shortened_with_a_warning():
    long_name = "Anna " + "Maria-" * 49 + "Jansen"  # 305 characters
    assert len(long_name) > 300
    row = one(f"{long_name}\tSales")
    assert len(row.name) <= 200
    assert long_name.startswith(row.name)
    assert row.warning == "name too long, shortened"
    assert row.department is S


def test_a_200_character_name_is_kept_whole():
    assert one("A" * 200).name == "A" * 200
    assert one("A" * 200).warning == ""


def test_a_long_role_is_cut_to_200():
    row = one("Ruud Bakker\tSales\t" + "r" * 300)
    assert row.role == "r" * 200
    assert row.warning == ""


@pytest.mark.parametrize("line", ["Sales\tja", "Verkoop", "x", "-;Marketing;ja"])
def test_line_without_a_name_is_kept_with_a_warning(line):
    row = one(line)
    assert row.name == ""
    assert row.warning == "no name found"


def test_no_name_row_keeps_what_the_line_did_say():
    row = one("\n\tSales\t\tja\n")
    assert (row.name, row.department, row.role, row.signs, row.line) == ("", S, "", True, 2)


def test_the_whole_messy_paste():
    text = (
        "\ufeff  Naam ; Afdeling ; Functie ; Tekent  \r\n"
        "\r\n"
        "Ruud  Bakker ;Verkoop ; Accountmanager ; ja \r\n"
        "Bakker, Ruud\r\n"
        "zoe.de.bruijn@stroomhof.nl\r\n"
        "\u00a0Noël Çelik\u00a0|\u00a0Directie\u00a0|\u00a0CEO | ✓\r\n"
        "   \r\n"
        "Sales;ja\r\n"
    )
    rows = parse_roster(text)
    assert [(r.name, r.department, r.role, r.signs, r.line, r.warning) for r in rows] == [
        ("Ruud Bakker", S, "Accountmanager", True, 3, ""),
        ("Ruud Bakker", None, "", False, 4, ""),
        ("Zoe de Bruijn", None, "", False, 5, ""),
        ("Noël Çelik", OTH, "CEO", True, 6, ""),
        ("", S, "", True, 8, "no name found"),
    ]
    assert duplicate_names([r.name for r in rows]) == ["Ruud Bakker"]


# -- duplicates -------------------------------------------------------------------------------------------


def test_no_duplicates():
    assert duplicate_names([]) == []
    assert duplicate_names(["Ruud Bakker", "Zoë de Bruijn", "Ruud Bakkers"]) == []


def test_duplicates_ignore_case_accents_and_spacing():
    assert duplicate_names(["Zoë  de Bruijn", "zoe de bruijn"]) == ["Zoë  de Bruijn"]
    assert duplicate_names(["Noel Celik", " NOËL\u00a0ÇELIK "]) == ["Noel Celik"]
    assert duplicate_names(["Zoe\u0308 de Bruijn", "Zoë de Bruijn"]) == ["Zoe\u0308 de Bruijn"]


def test_each_duplicate_once_in_first_seen_spelling_and_order():
    given = ["Pieter Smit", "Zoë de Bruijn", "Ruud Bakker", "ruud bakker", "Zoe de Bruijn", "RUUD BAKKER",
             "Anna"]
    assert duplicate_names(given) == ["Zoë de Bruijn", "Ruud Bakker"]


def test_duplicates_are_not_confused_by_similar_names():
    assert duplicate_names(["Anna van den Berg", "Anna van der Berg", "Müller", "Muller", "Mueller"]) == ["Müller"]


def test_empty_names_are_not_reported_as_duplicates():
    assert duplicate_names(["", " ", "\u00a0", "Ruud"]) == []
