## Offices: kinds of places, or the names of specific ones. Keys: office-<id>.

office-primary-health-centre = The nearest public health centre
office-public-school = The nearest public school
office-provincial-education-directorate = The provincial directorate of National Education
office-iom-rabat = The International Organization for Migration (IOM), Rabat office
