create table source (id varchar(64) primary key);
