"""Hand-curated Latin spellings for origins that Faker lacks or writes in another script."""

from __future__ import annotations

ARABIC_GIVEN = """
Abdallah Abdel Abdelkader Abdul Abdullah Abdulrahman Abir Adel Adnan Ahmad Ahmed Aisha Aischa
Ala Alaa Ali Amal Amani Amin Amina Amir Amira Ammar Anas Asma Ayman Aya Ayat Bashar Bassam
Batoul Bilal Dalia Dana Diana Eyad Fadi Fadia Farah Fares Fatima Fatma Firas Ghassan Hadi Hala
Hamza Hanan Hani Hasan Hassan Heba Hiba Hind Hussein Husam Ibrahim Imad Iman Isa Ismail Issa
Jamal Jamila Jana Jihad Kamal Karim Khaled Khalid Khalil Layla Leila Lina Lubna Luay Lujain
Mahmoud Majd Malak Manal Marwa Maryam Maher Mazen Mohamed Mohammad Mohammed Muhammad Mona
Mostafa Mustafa Nabil Nada Nadia Naim Nasser Nour Nur Omar Osama Qasim Rami Rana Rania Rashid
Rawan Reem Rim Riad Saad Sabah Said Salah Salim Salma Sami Samir Samira Sara Sawsan Shadi Yara
Sherif Suleiman Tamer Tarek Tariq Wael Walid Waleed Wissam Yahya Yasin Yasmin Yassin Yousef
Youssef Yusuf Zahra Zainab Zaid Zakaria Ziad Nizar Rasha Ruba Hadeel Haitham Bushra Anwar
Abdulkarim Abdulaziz Mahmud Hasna Ghada Raghad Abdo Qais Kinan Louay Majed Naser Osman Shirin
Farid Farida Parisa Reza Hamid Hossein Mehdi Mojtaba Navid Nasrin Omid Ramin Shahram Soraya
Zahir Zarghuna Mursal Sediqa Sohrab Wahid Farhad Jawad Massoud Nazanin Behzad Arash Roya Ahmet
Dilan Rojin Berivan Rezan Kawa Baran Ciwan Hevin Azad Rebwar Shivan Zozan Nesrin Delal Serhat
Arben Besnik Blerim Dritan Fatmir Gentian Ilir Klodian Agim Arta Blerta Drita Elira Fjolla
Genta Jeta Liridona Mimoza Valbona Vjosa Yohannes Tesfay Semhar Mehari Abeba Eden Filmon
"""

ARABIC_FAMILY = """
Abbas Abdallah Abdelaziz Abdullah Aboud Abu-Bakr Ahmadi Al-Ahmad Al-Ali Al-Hassan Al-Khalil
Al-Masri Al-Rashid Al-Sayed Al-Sharif Alawi Alhamad Alhassan Alkhatib Amini Ammar Asfour Awad
Azzam Badawi Barakat Bakri Bitar Chalabi Darwish Daher Farag Farhat Ghanem Habib Haddad Hadid
Haidar Hamdan Hamdi Hammoud Hariri Hassan Hijazi Homsi Hosseini Hussein Ibrahim Issa Jaber
Jaafar Jamal Kanaan Karimi Kassem Khalaf Khalil Khatib Khoury Mahmoud Mansour Masri Mohammadi
Moussa Mustafa Nasser Nassar Nouri Obeid Omar Osman Qassem Rahimi Rahman Rashid Saad Sabbagh
Saleh Salem Salim Sayed Shaheen Shami Sharif Suleiman Taha Tahir Yassin Yousef Youssef Zaki
Zein Zidan Ahmadzai Popal Sultani Rezai Hashemi Mousavi Moradi Sadeghi Jafari Azizi Sharifi
Noori Haidari Stanekzai Wardak Barzani Talabani Kaya Hoxha Krasniqi Gashi Berisha Morina Shala
Kelmendi Hasani Bytyqi Rexhepi Tesfamariam Gebremedhin Haile Tekle Berhane Kidane Ghebreyesus
"""

VIETNAMESE_GIVEN = """
Văn Thị Hữu Đức Minh Thu Hằng Tuấn Quốc Anh Hương Lan Linh Hùng Dũng Long Nam Hải Phương Thảo
Trang Ngọc Hoa Mai Hà Thanh Hạnh Huy Khánh Khoa Kiên Lâm Loan Nga Nhung Oanh Phúc Quang Quân
Sơn Tâm Thắng Thủy Tiến Trung Tú Tùng Uyên Vân Việt Vy Xuân Yến Bảo Bích Cường Diệp Duy Giang
Hiếu Hoài Hồng Hưng Khang Liên Lộc Mạnh Nhật Như Phong Quỳnh Sang Thịnh Thúy Toàn Trâm Trí
Vinh Ánh Châu Chi Đạt Điệp Hậu Hiền Kim Loan Ly My Nguyệt Nhi Phát Tài Thiện Thơ Tín Tuyết
"""

VIETNAMESE_FAMILY = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đào Cao
Lương Mạc Tạ Tô Trương Vương Quách Lưu Hà Thái Châu Kiều Lâm Mai Triệu
"""

# Common German family names beyond Faker's short de_DE list (curated from surname statistics).
GERMAN_FAMILY = """
Albers Arndt Arnold Auer Bach Baumann Baier Barth Bartsch Bauer Baum Beck Becker Behrendt
Behrens Beier Benz Berger Bergmann Bernhardt Beyer Biermann Binder Bischoff Blum Bock Böhm
Brand Brandt Braun Breuer Brinkmann Brockmann Bruns Buchholz Bühler Busch Dietrich
Dittrich Döring Ebert Eckert Engel Engelhardt Ernst Falk Fiedler Fischer Fleischer
Frank Franke Freitag Frey Friedrich Fritz Fröhlich Fuchs Funk Gärtner Geiger Giese
Glaser Göbel Götz Graf Greiner Groß Grimm Gruber Günther Haas Hahn Hammer Hansen
Harms Hartmann Hartung Hauser Heinemann Heinrich Heinz Held Heller Henning Herrmann Herzog
Hesse Hildebrandt Hinz Hofmann Hoffmann Holz Horn Huber Jacobs Jäger Jahn Jansen John Jung
Kaiser Kaufmann Keller Kern Kessler Kirchner Klein Klose Knoll Koch Köhler König
Körner Kraft Kramer Krämer Kraus Krause Krebs Kremer Kretschmer Krüger Kruse Kuhn Kunz
Kurz Lang Lange Lehmann Lindner Lorenz Ludwig Lutz Maier Marx Maurer Mayer Meier
Meißner Menzel Merkel Mertens Meyer Michel Möller Moser Müller Neumann Nickel Niemann Noack
Ott Otto Paul Peters Petersen Pfeiffer Pohl Popp Puls Raab Ritter
Richter Rieger Roth Rudolph Sauer Schäfer Scharf Scheffler Schenk Schilling Schindler Schlüter
Schmid Schmidt Schmitt Schmitz Schneider Scholz Schott Schrader Schreiber Schröder Schubert
Schulte Schulz Schulze Schumacher Schuster Schwarz Schweizer Seidel Seifert Sommer
Spies Stark Stein Steiner Stephan Stolz Strauß Thiel Thomas Ullrich Vogel Vogt Voigt Voß
Wagner Walter Weber Wegner Weidner Weiß Wenzel Werner Westphal Wiese Wilhelm Will
Winkler Winter Witt Wolf Wolff Wagener Ziegler Zimmermann Zander Nowicki
Hüsken Tiemann Schwerdtfeger Kemper Hülsmann Sträter Brinkhoff Overbeck Kortmann
Wiegand Pohlmann Stratmann Terhorst Westermann Niehaus Borgmann Hegemann Thiemann Rüther
"""

# Words that are capitalised like names but are calendar or form vocabulary.
NOT_NAMES = """
Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend Herr Frau Name Datum
Straße Ort Stadt Land Bank Post Kind Antrag Anlage Seite Nummer Neben Haupt Art Dank
"""
