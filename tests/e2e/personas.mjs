// The people of issue 14, as the results tests and `cargo xtask bench` interview them:
// question id -> answers, as `interview` in support.mjs takes them.
export const personas = {
  'refugee mother of three (ar)': {
    locale: 'ar-MA',
    answers: { papers: ['refugee_card'], has_children: ['yes'], children_ages: ['age_1_to_3', 'age_6_to_15', 'age_16_to_17', 'continue'], age: '34', sex: ['woman'], pregnant: ['no'], region: ['rabat_sale_kenitra'] },
  },
  'man without papers in Tangier (fr)': {
    locale: 'fr-FR',
    answers: { papers: ['no_papers'], has_children: ['no'], age: '28', sex: ['man'], region: ['tanger_tetouan_al_hoceima'] },
  },
  '16-year-old alone in Oujda (fr)': {
    locale: 'fr-FR',
    answers: { papers: ['no_papers'], has_children: ['no'], age: '16', alone_minor: ['yes'], sex: ['man'], homeless: ['yes'], region: ['oriental'] },
  },
  'pregnant asylum seeker in Casablanca (fr)': {
    locale: 'fr-FR',
    answers: { papers: ['asylum_seeker'], has_children: ['no'], age: '25', sex: ['woman'], pregnant: ['yes'], region: ['casablanca_settat'] },
  },
};
