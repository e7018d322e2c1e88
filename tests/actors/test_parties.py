"""Political parties and movements that news names without their country (groups.json): 'the AKP', 'the ANC', 'ZANU-PF'.

The file's structure (known codes and sectors, no alias in two groups, one entry a line) is checked by test_institutions.py.
"""

from __future__ import annotations

import pytest

from multivector.actors.kb import load_kb

from .test_institutions import assert_group, assert_no_group

# alias as news writes it -> (country slot, PLOVER sector, group name)
PARTIES = {
    # Europe
    "Fidesz": ("HUN", "PTY", "Fidesz"),
    "PiS": ("POL", "PTY", "Law and Justice"),
    "AfD": ("DEU", "PTY", "Alternative for Germany"),
    "CDU": ("DEU", "PTY", "Christian Democratic Union"),
    "National Rally": ("FRA", "PTY", "National Rally"),
    "Tories": ("GBR", "PTY", "British Conservative Party"),
    "Brothers of Italy": ("ITA", "PTY", "Brothers of Italy"),
    "PSOE": ("ESP", "PTY", "Spanish Socialist Workers' Party"),
    "Serbian Progressive Party": ("SRB", "PTY", "Serbian Progressive Party"),
    # former Soviet Union
    "LDPR": ("RUS", "PTY", "Liberal Democratic Party of Russia"),
    "Party of Regions": ("UKR", "PTY", "Party of Regions"),
    "United National Movement": ("GEO", "PTY", "United National Movement"),
    "Civil Contract": ("ARM", "PTY", "Civil Contract"),
    "New Azerbaijan Party": ("AZE", "PTY", "New Azerbaijan Party"),
    "Party of Action and Solidarity": ("MDA", "PTY", "Party of Action and Solidarity"),
    "Amanat": ("KAZ", "PTY", "Nur Otan"),
    "Ak Zhol": ("KAZ", "PTY", "Ak Zhol"),
    "Democratic Choice of Kazakhstan": ("KAZ", "OPP", "Democratic Choice of Kazakhstan"),
    "Ata-Zhurt": ("KGZ", "PTY", "Ata-Zhurt"),
    "UzLiDeP": ("UZB", "PTY", "Liberal Democratic Party of Uzbekistan"),
    # Middle East and North Africa
    "AKP": ("TUR", "PTY", "AKP"),
    "CHP": ("TUR", "PTY", "Republican People's Party"),
    "Likud": ("ISR", "PTY", "Likud"),
    "Dawa Party": ("IRQ", "PTY", "Islamic Dawa Party"),
    "Syrian Baath Party": ("SYR", "PTY", "Syrian Baath Party"),
    "Amal Movement": ("LBN", "PTY", "Amal Movement"),
    # South and East Asia
    "BJP": ("IND", "PTY", "Bharatiya Janata Party"),
    "Congress party": ("IND", "PTY", "Indian National Congress"),
    "Pakistan Tehreek-e-Insaf": ("PAK", "PTY", "Pakistan Tehreek-e-Insaf"),
    "PML-N": ("PAK", "PTY", "Pakistan Muslim League-Nawaz"),
    "Awami League": ("BGD", "PTY", "Awami League"),
    "Chinese Communist Party": ("CHN", "PTY", "Communist Party of China"),
    "CCP": ("CHN", "PTY", "Communist Party of China"),
    "Workers' Party of Korea": ("PRK", "PTY", "Workers' Party of Korea"),
    "Kuomintang": ("TWN", "PTY", "Kuomintang"),
    "Communist Party of Vietnam": ("VNM", "PTY", "Communist Party of Vietnam"),
    "UMNO": ("MYS", "PTY", "United Malays National Organisation"),
    "Pheu Thai": ("THA", "PTY", "Pheu Thai"),
    "USDP": ("MMR", "PTY", "Union Solidarity and Development Party"),
    # Africa
    "ANC": ("ZAF", "PTY", "African National Congress"),
    "ZANU-PF": ("ZWE", "PTY", "ZANU-PF"),
    "MPLA": ("AGO", "PTY", "MPLA"),
    "Prosperity Party": ("ETH", "PTY", "Prosperity Party"),
    "All Progressives Congress": ("NGA", "PTY", "All Progressives Congress"),
    "Rwandan Patriotic Front": ("RWA", "PTY", "Rwandan Patriotic Front"),
    # Americas and Oceania
    "GOP": ("USA", "PTY", "US Republican Party"),
    "PSUV": ("VEN", "PTY", "United Socialist Party of Venezuela"),
    "Democratic Unity Roundtable": ("VEN", "OPP", "Democratic Unity Roundtable"),
    "Sandinistas": ("NIC", "PTY", "Sandinista National Liberation Front"),
    "Morena": ("MEX", "PTY", "Morena"),
    "Peronists": ("ARG", "PTY", "Justicialist Party"),
    "Australian Labor Party": ("AUS", "PTY", "Australian Labor Party"),
}


@pytest.mark.parametrize("alias", sorted(PARTIES))
def test_a_party_resolves_to_its_country_and_sector(alias):
    assert_group(alias, *PARTIES[alias])


def test_ambiguous_party_names_are_left_out():
    """Words, other bodies' acronyms, or names several countries' parties share: 'PAN', 'PPP' (purchasing power parity),
    'BNP' (BNP Paribas), 'APC' (armoured personnel carrier), 'EFF', 'DPP', 'Labour', 'Republican Party', 'Baath Party'."""
    assert_no_group(("PAN", "PT", "PP", "PPP", "PTI", "BNP", "APC", "EFF", "DPP", "PAS", "MAS", "CPP", "AAP", "NPP", "NDC", "SLPP",
                     "Vox", "Labour", "Labour Party", "Labor Party", "Conservative Party", "Republican Party", "Democratic Party",
                     "Republicans", "Democrats", "Greens", "Renaissance", "Socialist Party", "Workers' Party", "Liberal Democratic Party",
                     "National Front", "Democratic Alliance", "Law and Justice", "Just Russia", "Baath Party", "Communist Party", "Ak Jol",
                     "Move Forward", "Congress"), sectors=("PTY", "OPP"))


def test_a_longer_name_wins_over_a_shared_acronym():
    """'CPC' stays the Caspian Pipeline Consortium; the Chinese party's organ is named in full."""
    phrases = load_kb().phrases
    assert phrases["CPC"].name == "Caspian Pipeline Consortium"
    assert phrases["CPC Central Committee"].name == "Communist Party of China"
