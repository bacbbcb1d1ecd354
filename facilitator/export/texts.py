"""The agreement's own words in Dutch and English (the session's language decides)."""

TEXTS = {
    "en": {
        "agreement": "Agreement", "between": "between marketing and sales",
        "date": "Date", "place": "Place", "facilitator": "Facilitator", "participants": "Participants",
        "marketing": "Marketing", "sales": "Sales", "other": "Others", "summary": "What we agreed",
        "actions": "Action items", "what": "What", "owner": "Owner", "due": "Due", "status": "Status",
        "open": "open", "doing": "in progress", "done": "done", "review": "Review plan",
        "cadence": "We review this agreement", "monthly": "every month", "quarterly": "every quarter",
        "half_yearly": "every six months", "first_review": "First review", "not_set": "not set yet",
        "signatures": "Signatures", "signed_at": "Signed", "typed": "typed name", "page": "Page {0} of {1}",
        "fingerprint": "Fingerprint", "no_actions": "No action items.", "unsigned": "Not signed yet",
        "summary_modules": "Results", "summary_counts": "{0} participants · {1} action items · review {2}",
        "signs": "signs", "statement": "By signing, the heads of marketing and sales commit their departments "
        "to this agreement and to reviewing it together on the dates below.",
        "reopened": "This agreement was reopened on {0}; earlier signatures were voided.",
        "sealed_by": "Sealed digitally by {0}. Certificate SHA-256: {1}. Anyone can check this copy with "
        "'facilitator verify' and compare the fingerprint with a colleague's copy.",
        "seal_reason": "Agreement between marketing and sales", "contents": "Contents",
        "attachment": "The agreed content and its signatures, read by 'facilitator verify'",
    },
    "nl": {
        "agreement": "Overeenkomst", "between": "tussen marketing en verkoop",
        "date": "Datum", "place": "Plaats", "facilitator": "Facilitator", "participants": "Deelnemers",
        "marketing": "Marketing", "sales": "Verkoop", "other": "Overig", "summary": "Wat we hebben afgesproken",
        "actions": "Acties", "what": "Wat", "owner": "Eigenaar", "due": "Klaar op", "status": "Status",
        "open": "open", "doing": "bezig", "done": "klaar", "review": "Evaluatie",
        "cadence": "We evalueren deze afspraken", "monthly": "elke maand", "quarterly": "elk kwartaal",
        "half_yearly": "elk halfjaar", "first_review": "Eerste evaluatie", "not_set": "nog niet gepland",
        "signatures": "Handtekeningen", "signed_at": "Getekend", "typed": "getypte naam",
        "page": "Pagina {0} van {1}", "fingerprint": "Vingerafdruk", "no_actions": "Geen acties.",
        "unsigned": "Nog niet getekend", "summary_modules": "Resultaten",
        "summary_counts": "{0} deelnemers · {1} acties · evaluatie {2}", "signs": "tekent",
        "statement": "Met hun handtekening verbinden de leidinggevenden van marketing en verkoop hun afdelingen "
        "aan deze afspraken en aan het samen evalueren ervan op de data hieronder.",
        "reopened": "Deze overeenkomst is op {0} heropend; eerdere handtekeningen zijn vervallen.",
        "sealed_by": "Digitaal verzegeld door {0}. Certificaat SHA-256: {1}. Iedereen kan dit exemplaar "
        "controleren met 'facilitator verify' en de vingerafdruk vergelijken met die van een collega.",
        "seal_reason": "Overeenkomst tussen marketing en verkoop", "contents": "Inhoud",
        "attachment": "De afgesproken inhoud en de handtekeningen, gelezen door 'facilitator verify'",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])
