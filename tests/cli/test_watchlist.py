"""`triage-app watchlist` and the watch-list parsers, on small files in the OFAC layouts."""

from __future__ import annotations

import json

import pytest

from triage_app import config
from triage_app.cli import main
from triage_app.crypto.watchlists import WatchIndex, import_list, load_all, match_key

XBT = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
BECH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
ETH = "0x52908400098527886E0F7030069857D2E4169EE7"

SDN_XML = f"""<?xml version="1.0" standalone="yes"?>
<sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
  <publshInformation><Publish_Date>03/04/2024</Publish_Date><Record_Count>2</Record_Count>
  </publshInformation>
  <sdnEntry>
    <uid>30001</uid><lastName>EXAMPLE EXCHANGE LTD</lastName><sdnType>Entity</sdnType>
    <programList><program>CYBER2</program></programList>
    <idList>
      <id><uid>1</uid><idType>Digital Currency Address - XBT</idType>
          <idNumber>{XBT}</idNumber></id>
      <id><uid>2</uid><idType>Digital Currency Address - ETH</idType>
          <idNumber>{ETH}</idNumber></id>
      <id><uid>3</uid><idType>Passport</idType><idNumber>X1234567</idNumber></id>
    </idList>
  </sdnEntry>
  <sdnEntry><uid>30002</uid><firstName>Ivan</firstName><lastName>EXAMPLEOV</lastName>
    <sdnType>Individual</sdnType></sdnEntry>
</sdnList>
"""

ADVANCED_XML = f"""<?xml version="1.0" encoding="utf-8"?>
<Sanctions xmlns="https://www.treasury.gov/ofac/DistinctParties/2014">
  <DateOfIssue><Year>2024</Year><Month>3</Month><Day>5</Day></DateOfIssue>
  <ReferenceValueSets>
    <FeatureTypeValues>
      <FeatureType ID="8" FeatureTypeGroupID="1">Birthdate</FeatureType>
      <FeatureType ID="344" FeatureTypeGroupID="2">Digital Currency Address - XBT</FeatureType>
    </FeatureTypeValues>
  </ReferenceValueSets>
  <DistinctParties>
    <DistinctParty FixedRef="30001"><Profile ID="30001" PartySubTypeID="3">
      <Feature ID="901" FeatureTypeID="344"><FeatureVersion ID="902" ReliabilityID="1">
        <VersionDetail DetailTypeID="1432">{BECH}</VersionDetail></FeatureVersion></Feature>
      <Feature ID="903" FeatureTypeID="8"><FeatureVersion ID="904" ReliabilityID="1">
        <VersionDetail DetailTypeID="1430">1970</VersionDetail></FeatureVersion></Feature>
    </Profile></DistinctParty>
  </DistinctParties>
</Sanctions>
"""

SDN_CSV = (
    '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n'
    f'30001,"EXAMPLE EXCHANGE LTD","Entity","CYBER2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    f'"Website example.com; Digital Currency Address - XBT {XBT}; alt. Digital Currency '
    f'Address - ETH {ETH.lower()}; Organization Established Date 2019."\n')


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sdn_xml(tmp_path):
    wl, unrecognised = import_list(_write(tmp_path, "sdn.xml", SDN_XML), "OFAC SDN")
    assert (wl.format, wl.date, wl.date_source) == ("sdn-xml", "2024-03-04", "file")
    assert [(e.address, e.currency, e.note) for e in wl.entries] == [
        (XBT, "XBT", "EXAMPLE EXCHANGE LTD"), (ETH, "ETH", "EXAMPLE EXCHANGE LTD")]
    assert unrecognised == []


def test_sdn_advanced_xml(tmp_path):
    wl, _ = import_list(_write(tmp_path, "sdn_advanced.xml", ADVANCED_XML), "OFAC advanced")
    assert (wl.format, wl.date) == ("sdn-advanced-xml", "2024-03-05")
    assert [(e.address, e.currency) for e in wl.entries] == [(BECH, "XBT")]


def test_sdn_csv_remarks(tmp_path):
    wl, _ = import_list(_write(tmp_path, "sdn.csv", SDN_CSV), "OFAC CSV", date="2024-03-04")
    assert wl.format == "csv" and wl.date_source == "given"
    assert [(e.address, e.currency) for e in wl.entries] == [(XBT, "XBT"), (ETH.lower(), "ETH")]


def test_agency_json_and_text(tmp_path):
    data = {"date": "2025-12-01", "addresses": [{"address": BECH.upper(), "ticker": "BTC",
                                                 "note": "case 12"}, XBT]}
    wl, _ = import_list(_write(tmp_path, "list.json", json.dumps(data)), "Agency JSON")
    assert wl.date == "2025-12-01" and len(wl.entries) == 2
    wl, unrecognised = import_list(
        _write(tmp_path, "list.txt", f"# seized\n{XBT}\nnot-an-address\n"), "Agency text")
    assert wl.format == "text" and unrecognised == ["not-an-address"]


def test_matching_rules(tmp_path):
    import_list(_write(tmp_path, "sdn.csv", SDN_CSV), "OFAC CSV", date="2024-03-04")
    import_list(_write(tmp_path, "adv.xml", ADVANCED_XML), "OFAC advanced")
    index = WatchIndex(load_all())
    # hex EVM and Bech32 ignore case, the ticker is ignored (XBT list, any chain)
    assert [h.list_name for h in index.match(ETH)] == ["OFAC CSV"]
    assert [h.list_name for h in index.match(BECH.upper())] == ["OFAC advanced"]
    assert index.match(XBT)[0].list_date == "2024-03-04"
    # Base58 is case-sensitive: another case is another address
    assert index.match(XBT.swapcase()) == []
    assert match_key("bitcoincash:QPM2QSZNHKS23Z7629MMS6S4CWEF74VCWVY22GDX6A") == (
        "qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")
    summary = index.describe([])
    assert "no match in the 2 lists loaded" in summary and "2024-03-04" in summary


def test_cli_import_and_list(tmp_path, capsys):
    path = _write(tmp_path, "sdn.xml", SDN_XML)
    assert main(["watchlist", "import", str(path), "--name", "OFAC SDN"]) == 0
    assert "imported 2 addresses as 'OFAC SDN' (list dated 2024-03-04" in capsys.readouterr().out
    assert (config.data_dir() / "watchlists" / "OFAC_SDN.json").is_file()
    assert main(["watchlist", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(w["name"], w["date"], w["entries"]) for w in listed] == [("OFAC SDN",
                                                                       "2024-03-04", 2)]
    assert main(["check-address", XBT]) == 0
    assert "LISTED in OFAC SDN (list dated 2024-03-04) as XBT: EXAMPLE EXCHANGE LTD" in (
        capsys.readouterr().out)


@pytest.mark.parametrize("content, message", [
    ("<sdnList><broken", "not a readable"),
    ("address\n", "no crypto-currency addresses"),
])
def test_bad_files_are_plain_errors(tmp_path, capsys, content, message):
    path = _write(tmp_path, "bad.xml" if content.startswith("<") else "bad.csv", content)
    assert main(["watchlist", "import", str(path), "--name", "bad"]) == 1
    assert message in capsys.readouterr().err


def test_bad_date_and_name(tmp_path, capsys):
    path = _write(tmp_path, "l.txt", XBT)
    assert main(["watchlist", "import", str(path), "--name", "x", "--date", "04/03/2024"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["watchlist", "import", str(path), "--name", "../evil"]) == 1
    assert not list(config.data_dir().glob("**/evil*"))
