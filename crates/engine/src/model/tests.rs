//! The compiled rules: the details split off and back, some domains kept, answers within bounds, the small sort.

#[test]
fn the_details_come_apart_and_back_without_loss() {
    use super::{Details, Office, RuleSet, Source};
    use crate::date::{Date, PartialDate};
    let source = Source {
        id: "law-02-03".into(),
        title: "Loi n° 02-03".into(),
        issuer: "Royaume du Maroc".into(),
        date: PartialDate::parse("2003-11-11"),
        reference: "Art. 29".into(),
        link: Some("https://example.org".into()),
    };
    let office = Office {
        id: "iom-rabat".into(),
        region: Some("rabat_sale_kenitra".into()),
        address: Some("11 rue Aït Ourir, Rabat".into()),
        phone: vec!["+212 5 37 65 28 81".into()],
        ..Office::default()
    };
    let rules = RuleSet {
        reviewed: Date::from_ymd(2026, 11, 30).unwrap(),
        questions: vec![],
        definitions: vec![],
        rights: vec![],
        offices: vec![office.clone()],
        sources: vec![source.clone()],
        ..RuleSet::default()
    };
    let (shell, details) = rules.split_details();
    assert_eq!((shell.sources[0].id.as_str(), shell.sources[0].date), ("law-02-03", source.date));
    assert!(shell.sources[0].title.is_empty() && shell.sources[0].link.is_none());
    assert_eq!(
        (shell.offices[0].id.as_str(), shell.offices[0].region.as_deref()),
        ("iom-rabat", Some("rabat_sale_kenitra"))
    );
    assert!(shell.offices[0].address.is_none() && shell.offices[0].phone.is_empty());
    assert!(shell.to_bytes().len() < rules.to_bytes().len());
    assert_eq!(
        Details::from_bytes(&details.to_bytes()).unwrap(),
        Details { offices: vec![office], sources: vec![source], changes: Vec::new() }
    );
}

#[test]
fn keeping_some_domains_renumbers_the_rights_and_their_priority() {
    use super::{Domain, Expr, Right, RightKind, RuleSet};
    let right = |id: &str, domain| Right {
        id: id.into(),
        domain,
        kind: RightKind::Right,
        when: Expr::Const(true),
        uses: Vec::new(),
        ..Right::default()
    };
    let mut rules = RuleSet {
        reviewed: crate::date::Date::from_days(0),
        questions: vec![],
        definitions: vec![],
        rights: vec![
            right("work.jobs", Domain::Work),
            right("health.care", Domain::Health),
            right("education.school", Domain::Education),
        ],
        offices: vec![],
        sources: vec![],
        priority: vec![2.into(), 0.into(), 1.into()],
        ..RuleSet::default()
    };
    rules.keep_domains(&[Domain::Health, Domain::Education]);
    let ids: Vec<&str> = rules.rights.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["health.care", "education.school"]);
    let first: Vec<&str> = rules.priority.iter().map(|&r| rules[r].id.as_str()).collect();
    assert_eq!(first, ["education.school", "health.care"]);
}

#[test]
fn a_number_is_accepted_within_its_bounds_and_only_by_number_and_year_questions() {
    use super::QuestionKind;
    let age = QuestionKind::Number { min: Some(0), max: Some(110), unit: None };
    assert!(age.accepts(0) && age.accepts(110) && !age.accepts(-1) && !age.accepts(111));
    let arrival = QuestionKind::Year { min: None, max: Some(2026) };
    assert!(arrival.accepts(i64::MIN) && !arrival.accepts(2027));
    assert_eq!(arrival.bounds(), (None, Some(2026)));
    assert!(!QuestionKind::Date.accepts(0) && !QuestionKind::YesNo.accepts(1));
}

#[test]
fn sort_small_sorts_like_the_standard_sort() {
    let mut ours = [5i64, -3, 9, 0, 5, i64::MIN, 2];
    let mut standard = ours;
    super::sort_small(&mut ours);
    standard.sort_unstable();
    assert_eq!(ours, standard);
    super::sort_small::<u16>(&mut []);
}
