// Word lists for generated people, visitors and places.
export const FIRST_NAMES = [
  'Alice', 'Bruno', 'Carmen', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'James', 'Keiko', 'Lucas',
  'Maria', 'Nikolai', 'Olivia', 'Pedro', 'Quentin', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Valeria', 'William',
  'Ximena', 'Yusuf', 'Zoe', 'Amara', 'Ben', 'Chloe', 'Diego', 'Emma', 'Felix', 'Giulia', 'Hana', 'Ivan',
  'Julia', 'Karim', 'Laura', 'Mateo', 'Nadia', 'Oscar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Uma', 'Victor',
  'Wen', 'Yara', 'Zane', 'Ana', 'Leo', 'Mei', 'Noah', 'Lena', 'Omar', 'Sara', 'Theo', 'Aisha', 'Jonas',
] as const

export const LAST_NAMES = [
  'Garcia', 'Smith', 'Müller', 'Rossi', 'Dubois', 'Kowalski', 'Nakamura', 'Silva', 'Okafor', 'Johansson',
  'Novak', 'Haddad', 'Chen', 'Patel', 'Fernández', 'Jensen', "O'Brien", 'Ivanova', 'Costa', 'Yilmaz',
  'Martin', 'Bianchi', 'Lopez', 'Schmidt', 'Kim', 'Nguyen', 'Andersen', 'Moreau', 'Santos', 'Walker',
  'Hughes', 'Romero', 'Fischer', 'Sato', 'Mendes', 'Larsen', 'Popescu', 'Horvat', 'Ali', 'Bauer',
] as const

export const COMPANIES = [
  'Acme Logistics', 'Northwind Traders', 'Globex', 'Initech', 'Umbrella Services', 'Stark Facilities',
  'Wayne Couriers', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Blue Yonder Air', 'Litware',
] as const

export const DEPARTMENTS: [code: string, name: string, parent: string][] = [
  ['1', 'Head Office', ''],
  ['2', 'Reception', '1'],
  ['3', 'Security', '1'],
  ['4', 'Engineering', '1'],
  ['5', 'Sales', '1'],
  ['6', 'Finance', '1'],
  ['7', 'Human Resources', '1'],
  ['8', 'Operations', '1'],
  ['9', 'Logistics', '8'],
  ['10', 'IT', '4'],
  ['11', 'Facilities', '8'],
  ['12', 'Legal', '1'],
]

/** Friendly door names of the standard site, four per main controller. */
export const DOOR_NAMES = [
  'Main Entrance', 'Lobby Inner Door', 'Reception Back Office', 'Mail Room',
  'North Stairwell G', 'South Stairwell G', 'Loading Bay Door', 'Warehouse Office',
  'Server Room', 'Network Closet 1', 'IT Storage', 'Lab Entrance',
  'Finance Office', 'HR Office', 'Archive Room', 'Boardroom',
  'Executive Suite', 'CEO Office', 'Legal Office', 'Records Room',
  'Canteen Kitchen', 'Staff Canteen', 'Gym', 'Roof Access',
  'Car Park Pedestrian', 'Car Park Stair A', 'Car Park Stair B', 'Bike Store',
  'Warehouse North', 'Warehouse South', 'Cold Store', 'Dangerous Goods',
]
