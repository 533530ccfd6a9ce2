//! Held-out corpora: real target phrases from plans whose documents are in no other corpus,
//! each labelled with its form from the meaning before the parser ever read it
//! (`tests/data/corpus-fresh.tsv` … `corpus-fresh16.tsv`). They estimate how the parser does on
//! plans it has not seen. The grammar was since improved with their failures in view, so today's
//! rates flatter it; the first measurement of each file is noted below and in its history. The
//! test prints every row that fails and holds the rate to a floor so it cannot silently fall.

use crate::syntax::corpus_case;

/// The pass rate of one corpus file; prints each failing row.
fn rate(name: &str, data: &str) -> f64 {
    let (mut rows, mut passed) = (0usize, 0usize);
    for (line_no, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(text), Some(kind)) = (fields.next(), fields.next()) else {
            panic!("{name}:{}: want PHRASE and KIND columns", line_no + 1);
        };
        rows += 1;
        match corpus_case(text, kind) {
            Ok(()) => passed += 1,
            Err(why) => eprintln!("{name}:{}: {why}", line_no + 1),
        }
    }
    assert!(rows >= 20, "{name}: only {rows} rows");
    let rate = passed as f64 / rows as f64;
    eprintln!("{name}: {passed}/{rows} ({:.1} %)", rate * 100.0);
    rate
}

/// Every held-out file, with the floor its rate is held to and, in the comments, the
/// first measurement of each (the honest estimate for plans not seen yet).
const HELD_OUT: &[(&str, &str, f64)] = &[
    // First measured at 77.9 % and 74.9 % (before any tuning to them).
    (
        "corpus-fresh.tsv",
        include_str!("data/corpus-fresh.tsv"),
        0.93,
    ),
    (
        "corpus-fresh2.tsv",
        include_str!("data/corpus-fresh2.tsv"),
        0.92,
    ),
    // First measured at 79.5 %.
    (
        "corpus-fresh3.tsv",
        include_str!("data/corpus-fresh3.tsv"),
        0.95,
    ),
    // Labelled blind in session 17 and first measured after the free-words rule, before any
    // change made with them in view: 40/42 (95.2 %) and 268/298 (89.9 %).
    (
        "corpus-fresh4.tsv",
        include_str!("data/corpus-fresh4.tsv"),
        0.95,
    ),
    (
        "corpus-fresh5.tsv",
        include_str!("data/corpus-fresh5.tsv"),
        0.94,
    ),
    // Labelled blind later in session 17 and first measured (135/158, 85.4 %) after the
    // changes made with the fourth and fifth in view.
    (
        "corpus-fresh6.tsv",
        include_str!("data/corpus-fresh6.tsv"),
        0.94,
    ),
    // The last one of session 17, first measured at 140/157 (89.2 %).
    (
        "corpus-fresh7.tsv",
        include_str!("data/corpus-fresh7.tsv"),
        0.90,
    ),
    // Labelled blind in session 18 and first measured after the counts-and-groups changes,
    // before any change made with them in view: 59/89 (66.3 %), 169/204 (82.8 %) and
    // 132/157 (84.1 %), 360/450 (80.0 %) together.
    (
        "corpus-fresh8.tsv",
        include_str!("data/corpus-fresh8.tsv"),
        0.86,
    ),
    (
        "corpus-fresh9.tsv",
        include_str!("data/corpus-fresh9.tsv"),
        0.92,
    ),
    (
        "corpus-fresh10.tsv",
        include_str!("data/corpus-fresh10.tsv"),
        0.89,
    ),
    // Labelled blind in session 18 and first measured after the changes made with the eighth
    // to tenth in view: 154/174 (88.5 %) and 129/140 (92.1 %), 283/314 (90.1 %) together.
    (
        "corpus-fresh11.tsv",
        include_str!("data/corpus-fresh11.tsv"),
        0.91,
    ),
    (
        "corpus-fresh12.tsv",
        include_str!("data/corpus-fresh12.tsv"),
        0.95,
    ),
    // Labelled blind in session 19 and first measured after that session's changes (levels
    // against a year, classes, lists of counts, leads after a neutral verb, ranges with
    // `左右`), before any change made with them in view: 45/57 (78.9 %), 137/154 (89.0 %),
    // 138/160 (86.2 %) and 114/139 (82.0 %), 434/510 (85.1 %) together.
    (
        "corpus-fresh13.tsv",
        include_str!("data/corpus-fresh13.tsv"),
        0.78,
    ),
    (
        "corpus-fresh14.tsv",
        include_str!("data/corpus-fresh14.tsv"),
        0.78,
    ),
    (
        "corpus-fresh15.tsv",
        include_str!("data/corpus-fresh15.tsv"),
        0.78,
    ),
    (
        "corpus-fresh16.tsv",
        include_str!("data/corpus-fresh16.tsv"),
        0.78,
    ),
    // Labelled blind in session 19 and first measured after the changes made with the
    // thirteenth to sixteenth in view: 107/121 (88.4 %) and 147/176 (83.5 %), 254/297
    // (85.5 %) together.
    (
        "corpus-fresh17.tsv",
        include_str!("data/corpus-fresh17.tsv"),
        0.88,
    ),
    (
        "corpus-fresh18.tsv",
        include_str!("data/corpus-fresh18.tsv"),
        0.83,
    ),
    // First measured after the changes made with the thirteenth to eighteenth in view (the
    // nineteenth is small: its helper reached four documents): 24/24 and 112/135 (83.0 %),
    // 136/159 (85.5 %) together.
    (
        "corpus-fresh19.tsv",
        include_str!("data/corpus-fresh19.tsv"),
        0.95,
    ),
    (
        "corpus-fresh20.tsv",
        include_str!("data/corpus-fresh20.tsv"),
        0.82,
    ),
    // First measured after the changes made with the nineteenth and twentieth in view:
    // 95/100 (95.0 %) and 134/150 (89.3 %), 229/250 (91.6 %) together.
    (
        "corpus-fresh21.tsv",
        include_str!("data/corpus-fresh21.tsv"),
        0.95,
    ),
    (
        "corpus-fresh22.tsv",
        include_str!("data/corpus-fresh22.tsv"),
        0.89,
    ),
    // The fifth round of session 19, first measured on the parser of the session's end:
    // 72/79 (91.1 %) and 109/131 (83.2 %), 181/210 (86.2 %) together.
    (
        "corpus-fresh23.tsv",
        include_str!("data/corpus-fresh23.tsv"),
        0.91,
    ),
    (
        "corpus-fresh24.tsv",
        include_str!("data/corpus-fresh24.tsv"),
        0.83,
    ),
    // The first round of session 20, first measured on the parser of 69cbbff (after the dated
    // values, paces and edge counts, before any change made with these in view): 131/141
    // (92.9 %), 122/135 (90.4 %), 25/27 (92.6 %), 61/65 (93.8 %), 125/154 (81.2 %); 464/522
    // (88.9 %) together.
    (
        "corpus-fresh25.tsv",
        include_str!("data/corpus-fresh25.tsv"),
        0.92,
    ),
    (
        "corpus-fresh26.tsv",
        include_str!("data/corpus-fresh26.tsv"),
        0.9,
    ),
    (
        "corpus-fresh27.tsv",
        include_str!("data/corpus-fresh27.tsv"),
        0.92,
    ),
    (
        "corpus-fresh28.tsv",
        include_str!("data/corpus-fresh28.tsv"),
        0.93,
    ),
    (
        "corpus-fresh29.tsv",
        include_str!("data/corpus-fresh29.tsv"),
        0.81,
    ),
    // The second round of session 20, first measured on the parser of f4cc64d (before any
    // change made with these in view): 129/147 (87.8 %), 50/56 (89.3 %), 69/81 (85.2 %);
    // 248/284 (87.3 %) together.
    (
        "corpus-fresh30.tsv",
        include_str!("data/corpus-fresh30.tsv"),
        0.87,
    ),
    (
        "corpus-fresh31.tsv",
        include_str!("data/corpus-fresh31.tsv"),
        0.89,
    ),
    (
        "corpus-fresh32.tsv",
        include_str!("data/corpus-fresh32.tsv"),
        0.85,
    ),
    // The third round of session 20, first measured on the parser of f123340 (before any
    // change made with these in view): 90/117 (76.9 %), 87/101 (86.1 %), 68/88 (77.3 %);
    // 245/306 (80.1 %) together (department work points, health plans, territorial plans).
    (
        "corpus-fresh33.tsv",
        include_str!("data/corpus-fresh33.tsv"),
        0.76,
    ),
    (
        "corpus-fresh34.tsv",
        include_str!("data/corpus-fresh34.tsv"),
        0.86,
    ),
    (
        "corpus-fresh35.tsv",
        include_str!("data/corpus-fresh35.tsv"),
        0.77,
    ),
    // The fourth round of session 20, first measured on the parser of 8308613 (before any
    // change made with these in view): 167/185 (90.3 %), 164/188 (87.2 %), 78/103 (75.7 %);
    // 409/476 (85.9 %) together (water, transport, regulation plans; 2006-2013 reports and
    // outlines; county education, ethnic-unity and population plans).
    (
        "corpus-fresh36.tsv",
        include_str!("data/corpus-fresh36.tsv"),
        0.9,
    ),
    (
        "corpus-fresh37.tsv",
        include_str!("data/corpus-fresh37.tsv"),
        0.87,
    ),
    (
        "corpus-fresh38.tsv",
        include_str!("data/corpus-fresh38.tsv"),
        0.75,
    ),
    // The fifth round, labelled blind in session 21 and first measured on the parser of
    // cff7706 (before any change made with these in view): 87/96 (90.6 %), 95/143 (66.4 %),
    // 56/63 (88.9 %), 53/56 (94.6 %); 291/358 (81.3 %) together (sector plans; the yearly
    // lists of women's and children's practical items; county reports; education and health
    // plans).
    (
        "corpus-fresh39.tsv",
        include_str!("data/corpus-fresh39.tsv"),
        0.9,
    ),
    (
        "corpus-fresh40.tsv",
        include_str!("data/corpus-fresh40.tsv"),
        0.66,
    ),
    (
        "corpus-fresh41.tsv",
        include_str!("data/corpus-fresh41.tsv"),
        0.88,
    ),
    (
        "corpus-fresh42.tsv",
        include_str!("data/corpus-fresh42.tsv"),
        0.94,
    ), // Session 22's blind round (women's plans' overall goals; children's plans and
    // departments' yearly lists; county and city 十四五 outlines; sector plans other than
    // health): first measured on 642b795 before any change made with them in view: 69/74 (93.2 %),
    // 53/58 (91.4 %), 33/37 (89.2 %), 94/100 (94.0 %); 249/269 = 92.6 %.
    (
        "corpus-fresh43.tsv",
        include_str!("data/corpus-fresh43.tsv"),
        0.93,
    ),
    (
        "corpus-fresh44.tsv",
        include_str!("data/corpus-fresh44.tsv"),
        0.91,
    ),
    (
        "corpus-fresh45.tsv",
        include_str!("data/corpus-fresh45.tsv"),
        0.89,
    ),
    (
        "corpus-fresh46.tsv",
        include_str!("data/corpus-fresh46.tsv"),
        0.94,
    ),
    // Session 22's second blind round (2022–2025 government work reports and 民生实事 lists;
    // education, health and population programmes; informatisation, water, transport plans
    // and the work items of unions, the Youth League and the Women's Federation): first
    // measured on 02efc39 before any change made with them in view: 64/83 (77.1 %), 62/66
    // (93.9 %), 95/118 (80.5 %); 221/267 = 82.8 %.
    (
        "corpus-fresh47.tsv",
        include_str!("data/corpus-fresh47.tsv"),
        0.77,
    ),
    (
        "corpus-fresh48.tsv",
        include_str!("data/corpus-fresh48.tsv"),
        0.93,
    ),
    (
        "corpus-fresh49.tsv",
        include_str!("data/corpus-fresh49.tsv"),
        0.8,
    ),
    // Session 22's third blind round (environmental plans; ageing and disability plans; yearly
    // plan reports, with a few rows of women's plans appended to fresh52): first measured on
    // cf9757e before any change made with them in view: 116/128 (90.6 %), 72/78 (92.3 %),
    // 34/39 (87.2 %); 222/245 = 90.6 %.
    (
        "corpus-fresh50.tsv",
        include_str!("data/corpus-fresh50.tsv"),
        0.9,
    ),
    (
        "corpus-fresh51.tsv",
        include_str!("data/corpus-fresh51.tsv"),
        0.92,
    ),
    (
        "corpus-fresh52.tsv",
        include_str!("data/corpus-fresh52.tsv"),
        0.87,
    ),
    // Session 22's fourth blind round (youth, women's federation and child-friendly-city task
    // lists; provincial health actions and occupational health; county sector plans): first
    // measured on 208978f before any change made with them in view: 50/58 (86.2 %), 83/86 (96.5 %),
    // 23/27 (85.2 %); 156/171 = 91.2 %.
    (
        "corpus-fresh54.tsv",
        include_str!("data/corpus-fresh54.tsv"),
        0.86,
    ),
    (
        "corpus-fresh55.tsv",
        include_str!("data/corpus-fresh55.tsv"),
        0.96,
    ),
    (
        "corpus-fresh56.tsv",
        include_str!("data/corpus-fresh56.tsv"),
        0.85,
    ),
    // Session 22's fifth blind round (national 十四五 special plans; provincial and city
    // science, service, finance and manufacturing plans; territorial, master and urbanisation
    // plans): first measured on f1dc884 before any change made with them in view: 55/65 (84.6 %), 73/77 (94.8 %),
    // 72/79 (91.1 %); 200/221 = 90.5 %.
    (
        "corpus-fresh57.tsv",
        include_str!("data/corpus-fresh57.tsv"),
        0.84,
    ),
    (
        "corpus-fresh58.tsv",
        include_str!("data/corpus-fresh58.tsv"),
        0.94,
    ),
    (
        "corpus-fresh59.tsv",
        include_str!("data/corpus-fresh59.tsv"),
        0.91,
    ),
    // Session 23's first blind round (transport, water, sports, tourism and community-service
    // plans' goals; city and district government work reports' expected targets;
    // energy-saving, agriculture and health schemes): each first measured before any change
    // made with it in view: fresh60 on d72fbdf, 78/93 (83.9 %); fresh61 and fresh62 on
    // 01ab3fa, 56/60 (93.3 %) and 85/93 (91.4 %); 219/246 = 89.0 %.
    (
        "corpus-fresh60.tsv",
        include_str!("data/corpus-fresh60.tsv"),
        0.83,
    ),
    (
        "corpus-fresh61.tsv",
        include_str!("data/corpus-fresh61.tsv"),
        0.93,
    ),
    (
        "corpus-fresh62.tsv",
        include_str!("data/corpus-fresh62.tsv"),
        0.91,
    ),
    // Session 23's second blind round (provincial and city health actions and fitness plans;
    // county work reports' expected targets and yearly lists of works for the people; plans for
    // disabled persons, pre-school education, ageing and employment): first measured on ccc72fc
    // before any change made with them in view: 84/92 (91.3 %), 74/87 (85.1 %), 84/94 (89.4 %);
    // 242/273 = 88.6 %.
    (
        "corpus-fresh63.tsv",
        include_str!("data/corpus-fresh63.tsv"),
        0.91,
    ),
    (
        "corpus-fresh64.tsv",
        include_str!("data/corpus-fresh64.tsv"),
        0.85,
    ),
    (
        "corpus-fresh65.tsv",
        include_str!("data/corpus-fresh65.tsv"),
        0.89,
    ),
    // Session 23's third blind round (women's and children's plans of 2011–2020, short of
    // rows: few readable; river-chief work points, water, waste, air and forestry plans;
    // provincial work reports and manufacturing and research plans): first measured on
    // 3376387 before any change made with them in view: 23/23 (100 %), 70/87 (80.5 %), 80/87
    // (92.0 %); 173/197 = 87.8 %.
    (
        "corpus-fresh66.tsv",
        include_str!("data/corpus-fresh66.tsv"),
        1.0,
    ),
    (
        "corpus-fresh67.tsv",
        include_str!("data/corpus-fresh67.tsv"),
        0.80,
    ),
    (
        "corpus-fresh68.tsv",
        include_str!("data/corpus-fresh68.tsv"),
        0.91,
    ),
    // Session 23's fourth blind round (yearly plan reports and housing-security work plans;
    // culture, reading and vocational and special education plans; rural living environment,
    // farmland, water supply and livestock plans): first measured on d85f39a before any
    // change made with them in view: 66/81 (81.5 %), 76/88 (86.4 %), 82/93 (88.2 %);
    // 224/262 = 85.5 %.
    (
        "corpus-fresh69.tsv",
        include_str!("data/corpus-fresh69.tsv"),
        0.81,
    ),
    (
        "corpus-fresh70.tsv",
        include_str!("data/corpus-fresh70.tsv"),
        0.86,
    ),
    (
        "corpus-fresh71.tsv",
        include_str!("data/corpus-fresh71.tsv"),
        0.88,
    ),
    // Session 23's fifth blind round (safety, emergency and disaster-reduction plans and
    // public-order targets; food safety, quality and standards plans; parks, greening and
    // heating plans): first measured on 4f2cfc0 (the parser of 058eef8) before any change made
    // with them in view: 75/94 (79.8 %), 89/96 (92.7 %), 76/92 (82.6 %); 240/282 = 85.1 %.
    (
        "corpus-fresh72.tsv",
        include_str!("data/corpus-fresh72.tsv"),
        0.79,
    ),
    (
        "corpus-fresh73.tsv",
        include_str!("data/corpus-fresh73.tsv"),
        0.92,
    ),
    (
        "corpus-fresh74.tsv",
        include_str!("data/corpus-fresh74.tsv"),
        0.82,
    ),
    // Session 24's blind round (population, civil-affairs and funeral-reform plans; science,
    // informatization, talent and education plans; new-urbanization, marine-economy,
    // consumption, land-use and Chinese-medicine plans): first measured on a37ade4 before any
    // change made with them in view: 76/83 (91.6 %), 91/104 (87.5 %), 93/99 (93.9 %);
    // 260/286 = 90.9 %.
    (
        "corpus-fresh75.tsv",
        include_str!("data/corpus-fresh75.tsv"),
        0.91,
    ),
    (
        "corpus-fresh76.tsv",
        include_str!("data/corpus-fresh76.tsv"),
        0.87,
    ),
    (
        "corpus-fresh77.tsv",
        include_str!("data/corpus-fresh77.tsv"),
        0.93,
    ),
    // Session 24's second blind round (intellectual-property, postal and meteorological
    // plans; rule-of-law, archives, broadcasting, press and reading plans; ecological
    // protection, soil-and-water conservation and grain plans): first measured on a7ad8de
    // before any change made with them in view: 90/107 (84.1 %), 79/86 (91.9 %), 90/99
    // (90.9 %); 259/292 = 88.7 %.
    (
        "corpus-fresh78.tsv",
        include_str!("data/corpus-fresh78.tsv"),
        0.84,
    ),
    (
        "corpus-fresh79.tsv",
        include_str!("data/corpus-fresh79.tsv"),
        0.91,
    ),
    (
        "corpus-fresh80.tsv",
        include_str!("data/corpus-fresh80.tsv"),
        0.90,
    ),
    // Labelled blind in session 25 (helper h83: commerce, trade, market regulation, quality and
    // standardization plans) and measured once on be67871 before any change made with it in view:
    // 104/115 (90.4 %).
    (
        "corpus-fresh83.tsv",
        include_str!("data/corpus-fresh83.tsv"),
        0.92,
    ),
    // Labelled blind in session 25 (helper h82: emergency management, disaster prevention, fire
    // services, veterans affairs and supply-and-marketing cooperatives) and measured once on
    // c90fb52 before any change made with it in view: 96/108 (88.9 %).
    (
        "corpus-fresh82.tsv",
        include_str!("data/corpus-fresh82.tsv"),
        0.88,
    ),
    // Labelled blind in session 25 (helper h81: civil aviation, ports and waterways, logistics,
    // power grid and mineral resources plans) and measured once on e409c45 before any change
    // made with it in view: 109/115 (94.8 %).
    (
        "corpus-fresh81.tsv",
        include_str!("data/corpus-fresh81.tsv"),
        0.97,
    ),
    // Labelled blind in session 25 (helper h86: urban renewal, sewage and garbage sorting, small
    // and private enterprises, new-energy vehicles, hydrogen and big data plans) and measured
    // once on 9be7304 before any change made with it in view: 104/120 (86.7 %).
    (
        "corpus-fresh86.tsv",
        include_str!("data/corpus-fresh86.tsv"),
        0.91,
    ),
    // Labelled blind in session 25 (helper h85: endemic and parasitic diseases, tuberculosis,
    // chronic diseases, blood, oral health and myopia plans) and measured once on the parser of
    // 9be7304 before any change made with it in view: 89/121 (73.6 %).
    (
        "corpus-fresh85.tsv",
        include_str!("data/corpus-fresh85.tsv"),
        0.77,
    ),
    // Labelled blind in session 25 (helper h84: language work, science literacy and popular
    // science, volunteering, charity, Red Cross and intangible heritage plans) and measured once
    // on the parser of 9be7304 before any change made with it in view: 85/101 (84.2 %).
    (
        "corpus-fresh84.tsv",
        include_str!("data/corpus-fresh84.tsv"),
        0.85,
    ),
    // Labelled blind in session 25 (helper h87: forestry, greening, wetlands, national parks and desertification plans) and measured once on
    // 45b9255 before any change made with it in view: 94/112 (83.9 %).
    (
        "corpus-fresh87.tsv",
        include_str!("data/corpus-fresh87.tsv"),
        0.88,
    ),
    // Labelled blind in session 25 (helper h88: finance, insurance, taxation, state assets and business-environment plans) and measured once on
    // 45b9255 before any change made with it in view: 98/115 (85.2 %).
    (
        "corpus-fresh88.tsv",
        include_str!("data/corpus-fresh88.tsv"),
        0.88,
    ),
    // Labelled blind in session 25 (helper h89: digital government, smart cities, cyberspace, trade-union and Youth League plans) and measured once on
    // 45b9255 before any change made with it in view: 106/120 (88.3 %).
    (
        "corpus-fresh89.tsv",
        include_str!("data/corpus-fresh89.tsv"),
        0.89,
    ),
    // Labelled blind in session 25 (helper h90: public institutions' energy saving and surveying and mapping plans) and measured once on
    // e953698 before any change made with it in view: 70/97 (72.2 %).
    (
        "corpus-fresh90.tsv",
        include_str!("data/corpus-fresh90.tsv"),
        0.75,
    ),
    // Labelled blind in session 25 (helper h91: social credit, public legal services and mediation plans) and measured once on
    // e953698 before any change made with it in view: 85/93 (91.4 %).
    (
        "corpus-fresh91.tsv",
        include_str!("data/corpus-fresh91.tsv"),
        0.92,
    ),
    // Labelled blind in session 25 (helper h92: exhibitions, domestic services and infant care plans) and measured once on
    // e953698 before any change made with it in view: 101/112 (90.2 %).
    (
        "corpus-fresh92.tsv",
        include_str!("data/corpus-fresh92.tsv"),
        0.92,
    ),
    // Labelled blind in session 25 (helper h93: ethnic affairs, audit, statistics and overseas
    // Chinese affairs) and measured once on 97fc682 (the final parser) before any change made
    // with it in view: 56/70 (80.0 %).
    (
        "corpus-fresh93.tsv",
        include_str!("data/corpus-fresh93.tsv"),
        0.80,
    ),
    // Labelled blind in session 25 (helper h94: rural roads, rural water supply, rural power
    // grids and digital villages) and measured once on the final parser of 97fc682 before any
    // change made with it in view: 87/98 (88.8 %).
    (
        "corpus-fresh94.tsv",
        include_str!("data/corpus-fresh94.tsv"),
        0.88,
    ),
    // Labelled blind in session 26 (helper h95: seed industry, fisheries, animal husbandry,
    // mechanisation, high-standard farmland, grain and green agriculture) and measured once on
    // 7baadcd before any change made with it in view: 117/129 (90.7 %).
    (
        "corpus-fresh95.tsv",
        include_str!("data/corpus-fresh95.tsv"),
        0.90,
    ),
    // Labelled blind in session 26 (helper h97: museums, cultural relics, public cultural
    // services, radio and television, reading, publishing, cultural and sports industries) and
    // measured once on 7baadcd before any change made with it in view: 89/97 (91.8 %).
    (
        "corpus-fresh97.tsv",
        include_str!("data/corpus-fresh97.tsv"),
        0.91,
    ),
    // Labelled blind in session 26 (helper h96: social insurance, medical security, employment
    // and talent plans) and measured once on 7baadcd before any change made with it in view:
    // 127/138 (92.0 %).
    (
        "corpus-fresh96.tsv",
        include_str!("data/corpus-fresh96.tsv"),
        0.92,
    ),
    // Labelled blind in session 26 (helper h98: solid waste and zero-waste cities, soil,
    // biodiversity, protected areas and climate change) and measured once on 7baadcd before any
    // change made with it in view: 120/131 (91.6 %).
    (
        "corpus-fresh98.tsv",
        include_str!("data/corpus-fresh98.tsv"),
        0.91,
    ),
    // Labelled blind in session 26 (helper h99: postal and express delivery, cybersecurity and
    // informatisation, property management, civil air defence, archives and local chronicles)
    // and measured once on 7baadcd before any change made with it in view: 98/118 (83.1 %).
    (
        "corpus-fresh99.tsv",
        include_str!("data/corpus-fresh99.tsv"),
        0.83,
    ),
    // Labelled blind in session 26 (helper h100: road traffic safety, food safety, special
    // equipment and product quality plans) and measured once on 7baadcd before any change made
    // with it in view: 105/122 (86.1 %).
    (
        "corpus-fresh100.tsv",
        include_str!("data/corpus-fresh100.tsv"),
        0.86,
    ),
    // Labelled blind in session 26 (helper h102: foreign trade, foreign investment, ports of entry, investment promotion, paired assistance) and measured once on fb86d35 before
    // any change made with it in view: 64/78 (82.1 %).
    (
        "corpus-fresh102.tsv",
        include_str!("data/corpus-fresh102.tsv"),
        0.82,
    ),
    // Labelled blind in session 26 (helper h103: community services and governance, social organisations, place names, marriage customs, drug control, rule-of-law publicity) and measured once on 275bcb7 before
    // any change made with it in view: 77/91 (84.6 %).
    (
        "corpus-fresh103.tsv",
        include_str!("data/corpus-fresh103.tsv"),
        0.84,
    ),
    // Labelled blind in session 26 (helper h101: city management and sanitation, parking, EV charging, drainage and sponge cities, heating and gas, greening) and measured once on d025057 before
    // any change made with it in view: 102/123 (82.9 %).
    (
        "corpus-fresh101.tsv",
        include_str!("data/corpus-fresh101.tsv"),
        0.82,
    ),
    // Labelled blind in session 26 (helper h105: marine economy, islands, fishing ports, marine ecology) and measured once on 8b9a6b1 before
    // any change made with it in view: 110/117 (94.0 %).
    (
        "corpus-fresh105.tsv",
        include_str!("data/corpus-fresh105.tsv"),
        0.94,
    ),
    // Labelled blind in session 26 (helper h106: water resources management, water saving, groundwater, lake chiefs) and measured once on e4e14bc before
    // any change made with it in view: 82/106 (77.4 %).
    (
        "corpus-fresh106.tsv",
        include_str!("data/corpus-fresh106.tsv"),
        0.77,
    ),
    // Labelled blind in session 26 (helper h104: trademarks and brands, standardisation, metrology, inspection and certification) and measured once on 37a80da before
    // any change made with it in view: 94/102 (92.2 %).
    (
        "corpus-fresh104.tsv",
        include_str!("data/corpus-fresh104.tsv"),
        0.92,
    ),
    // Labelled blind in session 26 (helper h107: county and city tourism and culture-tourism plans and yearly targets) and measured once on f6704a2 before
    // any change made with it in view: 97/112 (86.6 %).
    (
        "corpus-fresh107.tsv",
        include_str!("data/corpus-fresh107.tsv"),
        0.86,
    ),
    // Labelled blind in session 26 (helper h109: public transport, urban rail, transport hubs, expressway networks, walking and cycling) and measured once on e5e1a23 before
    // any change made with it in view: 98/114 (86.0 %).
    (
        "corpus-fresh109.tsv",
        include_str!("data/corpus-fresh109.tsv"),
        0.85,
    ),
    // Labelled blind in session 26 (helper h108: city and county science and technology innovation plans and yearly targets) and measured once on 635ab62 before
    // any change made with it in view: 104/128 (81.2 %).
    (
        "corpus-fresh108.tsv",
        include_str!("data/corpus-fresh108.tsv"),
        0.81,
    ),
    // Labelled blind in session 26 (helper h110: vocational, higher, community and continuing education) and measured once on f570977 before
    // any change made with it in view: 107/116 (92.2 %).
    (
        "corpus-fresh110.tsv",
        include_str!("data/corpus-fresh110.tsv"),
        0.92,
    ),
    // Labelled blind in session 26 (helper h112: medical service system, hospital beds, tiered care) and measured once on 50af9a5 before
    // any change made with it in view: 28/34 (82.4 %).
    (
        "corpus-fresh112.tsv",
        include_str!("data/corpus-fresh112.tsv"),
        0.82,
    ),
    // Labelled blind in session 26 (helper h111: manufacturing, industrial upgrading, clusters, specialised SMEs, industrial parks) and measured once on 54bd45c before
    // any change made with it in view: 98/112 (87.5 %).
    (
        "corpus-fresh111.tsv",
        include_str!("data/corpus-fresh111.tsv"),
        0.87,
    ),
];

#[test]
fn held_out_phrases_parse_to_their_forms() {
    // Every file is measured (and its failures printed) before any floor is checked.
    let rates: Vec<(&str, f64, f64)> = HELD_OUT
        .iter()
        .map(|&(name, data, floor)| (name, rate(name, data), floor))
        .collect();
    for (name, rate, floor) in rates {
        assert!(rate >= floor, "{name} fell to {:.1} %", rate * 100.0);
    }
}
