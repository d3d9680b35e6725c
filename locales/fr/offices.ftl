## Offices: kinds of places, or the names of specific ones. Keys: office-<id>.

office-primary-health-centre = Le centre de santé public le plus proche
office-public-school = L'école publique la plus proche
office-provincial-education-directorate = La direction provinciale de l'Éducation nationale
office-iom-rabat = L'Organisation internationale pour les migrations (OIM), bureau de Rabat
